#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "assay_system.h"

int assay_syncfs(int fd) { return syncfs(fd); }

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
#define CRASH_SIGNAL_COUNT (sizeof(crash_signals) / sizeof(crash_signals[0]))
static struct sigaction replaced[CRASH_SIGNAL_COUNT];
static volatile sig_atomic_t crash_fd = -1;

static void mark_crash(int signal, siginfo_t *info, void *context) {
    (void)context;
    int fd = crash_fd;
    if (fd >= 0) {
        static const char mark[] = "crashed\n";
        ssize_t written = write(fd, mark, sizeof(mark) - 1);
        (void)written;
        crash_fd = -1;
    }
    for (unsigned index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        if (crash_signals[index] == signal) sigaction(signal, &replaced[index], NULL);
    }
    // A fault raised by the CPU happens again on return, now to the handler put back; one sent by
    // kill(2) or abort(3) (si_code <= 0) is sent again.
    if (info == NULL || info->si_code <= 0) raise(signal);
}

static int armed = 0;

int assay_mark_crashes(int fd) {
    crash_fd = fd;
    // Armed once: a second sigaction would save mark_crash as the handler to restore, and a fault
    // would then re-enter it forever instead of ending the process.
    if (armed) return 0;
    armed = 1;
    for (unsigned index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_sigaction = mark_crash;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        if (sigaction(crash_signals[index], &action, &replaced[index]) != 0) return -1;
    }
    return 0;
}

int assay_alternate_signal_stack(void) {
    stack_t stack;
    // One the runtime gave the thread already is kept.
    if (sigaltstack(NULL, &stack) == 0 && !(stack.ss_flags & SS_DISABLE)) return 0;
    memset(&stack, 0, sizeof(stack));
    stack.ss_size = 64 * 1024;
    stack.ss_sp = malloc(stack.ss_size);
    if (stack.ss_sp == NULL) return -1;
    // Kept as long as the thread: the threads that call this live as long as the process.
    return sigaltstack(&stack, NULL);
}
