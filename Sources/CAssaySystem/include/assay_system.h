#ifndef ASSAY_SYSTEM_H
#define ASSAY_SYSTEM_H

/// Flushes the whole file system holding `fd` (Linux syncfs(2), which Glibc's Swift module hides
/// behind _GNU_SOURCE): one flush for a batch of files instead of one fsync each.
int assay_syncfs(int fd);

/// On a fault (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT: a Swift trap is SIGILL) writes
/// "crashed\n" to `fd`, then hands the signal to the handler it replaced (Swift's backtracer, or the
/// default action), so the process still dies as it would have. A kill (SIGKILL) writes nothing:
/// the next start tells a crash from a kill by this mark. Written in C: a signal handler may only
/// call async-signal-safe functions (write, sigaction, raise). A second call only changes the fd,
/// which must stay open as long as the process. Returns 0, or -1 with errno set.
int assay_mark_crashes(int fd);

/// Gives the calling thread a stack of its own for signal handlers (sigaltstack), so the crash
/// mark is written even when the thread's stack overflowed. Returns 0, or -1 with errno set.
int assay_alternate_signal_stack(void);

#endif
