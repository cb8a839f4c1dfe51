// SPDX-License-Identifier: MIT
// Synthetic NDJSON lines for tst_tracereader (kept out of the moc'ed file: moc's lexer
// trips over raw strings).
#pragma once

#include <QByteArray>


inline const QByteArray kSample[] = {
    QByteArray(R"({"version":10,"type":"context-options","origin":"library","browserName":"chromium","playwrightVersion":"1.65.1","options":{},"wallTime":1000000,"monotonicTime":100,"title":"synthetic"})"),
    QByteArray(R"({"version":9,"type":"context-options","browserName":"firefox","wallTime":5000,"monotonicTime":10,"options":{}})"),
    QByteArray(R"({"type":"before","callId":"call@1","stepId":"step@1","startTime":20,"apiName":"page.click","class":"Frame","method":"click","params":{"selector":"text=Go"}})"),
    QByteArray(R"({"type":"log","callId":"call@1","time":21,"message":"waiting"})"),
    QByteArray(R"({"type":"after","callId":"call@1","endTime":40})"),
    QByteArray(R"({"type":"screencast-frame","pageId":"page@1","sha1":"abc.jpeg","width":10,"height":10,"timestamp":30})"),
    QByteArray(R"({"type":"action","callId":"call@2","startTime":50,"endTime":70,"apiName":"page.fill","class":"Frame","method":"fill","params":{"selector":"#q"},"log":["filled"]})"),
    QByteArray(R"({"version":9,"type":"context-options","origin":"testRunner","browserName":"","wallTime":4990,"monotonicTime":0,"options":{}})"),
    QByteArray(R"({"type":"before","callId":"step@1","startTime":19,"title":"Click Go","class":"Test","method":"pw:api","params":{}})"),
    QByteArray(R"({"type":"after","callId":"step@1","endTime":41})"),
    QByteArray(R"({"type":"before","callId":"c1","startTime":110,"class":"Frame","method":"click","params":{"selector":"#a"}})"),
    QByteArray(R"({"type":"after","callId":"c1","endT)"),
    QByteArray(R"({"type":"before","callId":"c2","startTime":120,"class":"Frame","method":"goto","params":{"url":"http://x/"}})"),
    QByteArray(R"([1,2,3])"),
    QByteArray(R"({"type":"frame-snapshot","snapshot":{"callId":"c2","html":["HTML")"),
    QByteArray(R"({"type":"after","callId":"c2","endTime":130})"),
    QByteArray(R"({"type":"before","callId":"c1","startTime":110,"class":"Frame","method":"click","params":{}})"),
    QByteArray(R"({"type":"log","callId":"c","time":1,"message":"line )"),
    QByteArray(R"({"type":"screencast-frame","pageId":"p","file":"../x.jpeg","timestamp":1})"),
    QByteArray(R"({"type":"before","callId":"c)"),
    QByteArray(R"(","startTime":)"),
    QByteArray(R"(,"class":"Frame","method":"click","params":{"selector":"#b)"),
    QByteArray(R"(["4","7","lv:phx-F1","event",{"type":"click","event":"inc","value":{}}])"),
};
