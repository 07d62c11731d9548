#pragma once

#include <QElapsedTimer>

class QMainWindow;

namespace sk::app {

// For the performance suite (tests/bench/app) only, and only when the environment variable
// STALLKEEPER_BENCH_APP is set: once the window's first frame is painted, prints
// "first_frame_ms <ms since main() began> <section shown> cpu_ms <the process's CPU time so far>"
// on standard output. With the value
// "start" the app then quits; with "sections" it first opens every section of the window and
// runs three reports (by item, by day, by tender) over all the data, as a vendor looking back
// over a year does, then prints "peak_rss_kb <the process's peak resident memory>" and quits.
// Without the variable it does nothing.
void armBenchProbe(QMainWindow &window, const QElapsedTimer &sinceMain);

} // namespace sk::app
