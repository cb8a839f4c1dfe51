// SPDX-License-Identifier: MIT
#include "testrunoptions.h"

#include "formatterscript.h"

namespace pwb {

QStringList TestRunOptions::mixTestArguments() const
{
    QStringList args{QStringLiteral("test")};
    QString f = file;
    // Inside an app the path is the app's own.
    if (!appPath.isEmpty() && f.startsWith(appPath + u'/'))
        f = f.mid(appPath.size() + 1);
    switch (scope) {
    case Scope::All:
        break;
    case Scope::Failed:
        args << QStringLiteral("--failed");
        break;
    case Scope::File:
        args << f;
        break;
    case Scope::FileLine:
        args << (line > 0 ? f + u':' + QString::number(line) : f);
        break;
    case Scope::Stale:
        args << QStringLiteral("--stale");
        break;
    }
    if (cover)
        args << QStringLiteral("--cover");
    if (seed >= 0)
        args << QStringLiteral("--seed") << QString::number(seed);
    for (const QString& t : include)
        args << QStringLiteral("--include") << t;
    for (const QString& t : exclude)
        args << QStringLiteral("--exclude") << t;
    if (color)
        args << QStringLiteral("--color");
    args << extraArgs;
    return args;
}

QStringList TestRunOptions::elixirArguments(const QString& formatterPath) const
{
    QStringList args{QStringLiteral("-r"), formatterPath, QStringLiteral("-S"),
                     QStringLiteral("mix")};
    QStringList mix = mixTestArguments();
    // The formatters go right after `test`, before any file argument.
    mix.insert(1, QStringLiteral("--formatter"));
    mix.insert(2, FormatterScript::moduleName());
    mix.insert(3, QStringLiteral("--formatter"));
    mix.insert(4, QStringLiteral("ExUnit.CLIFormatter"));
    return args + mix;
}

} // namespace pwb
