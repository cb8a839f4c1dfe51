// SPDX-License-Identifier: MIT
// What the links model needs to know about one Elixir source file, read in one linear pass
// over its lines: the modules it defines, its LiveView callbacks (`handle_event("add", …)`,
// `mount`, `handle_params`), the modules it names (aliases, calls, `describe "Mod.fun/2"`),
// its ExUnit tests and, for a router, its `live` routes with the scopes around them.
#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

struct ElixirModuleDef
{
    QString name; // "ShopWeb.CartLive"
    int line = 0;
};

struct ElixirCallback
{
    QString function; // "handle_event", "mount", "handle_params"
    QString event;    // handle_event's literal name; empty for a variable (a catch-all)
    int line = 0;
};

struct ElixirTest
{
    QString name;     // "adds items" (without the "test " prefix)
    QString describe; // the enclosing describe block, if any
    int line = 0;
};

// A `live "/path", Module, :action` route with its scope's path and alias applied.
struct LiveRoute
{
    QString path;        // "/admin/products/:id"
    QString module;      // the scope's alias joined to the name as written: "ShopWeb.CartLive"
    QString writtenName; // as written: "CartLive"
    QString action;      // "index", or empty
    int line = 0;
};

struct ElixirFacts
{
    QList<ElixirModuleDef> modules;
    QList<ElixirCallback> callbacks;
    QStringList referencedModules; // dotted names the file mentions, each once
    QList<ElixirTest> tests;
    bool isTestFile = false; // uses ExUnit.Case or a *Case
    QList<LiveRoute> routes;
    // Paths a LiveViewTest drives: `live(conn, ~p"/cart")`, `live(conn, "/cart")`.
    QList<QPair<QString, int>> livePaths;
    Diagnostics diagnostics;

    const ElixirCallback* handleEvent(const QString& event) const; // exact, else catch-all
    const ElixirCallback* callback(const QString& function) const;
};

namespace ElixirFactsReader {

// `path` names the file in diagnostics. Linear in the size of `text`.
ElixirFacts read(const QByteArray& text, const QString& path);

// The first route (in definition order, as Phoenix matches) whose pattern matches a URL
// path: ":id" matches one segment, "*rest" the rest. nullptr when none does.
const LiveRoute* matchRoute(const QList<LiveRoute>& routes, const QString& urlPath);

} // namespace ElixirFactsReader

} // namespace pwb
