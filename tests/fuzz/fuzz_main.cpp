// SPDX-License-Identifier: MIT
// A main for fuzz targets built without libFuzzer: runs every file given (or every file in
// the folders given) through LLVMFuzzerTestOneInput once, so the corpus is a regression test.
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <cstdint>


extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QTextStream out(stdout);
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << arg;
        }
        files.sort();
        for (const QString& f : files) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << f << Qt::endl;
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                   size_t(bytes.size()));
            ++runs;
        }
    }
    out << runs << " inputs" << Qt::endl;
    return runs > 0 ? 0 : 1;
}
