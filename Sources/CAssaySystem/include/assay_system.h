#ifndef ASSAY_SYSTEM_H
#define ASSAY_SYSTEM_H

/// Flushes the whole file system holding `fd` (Linux syncfs(2), which Glibc's Swift module hides
/// behind _GNU_SOURCE): one flush for a batch of files instead of one fsync each.
int assay_syncfs(int fd);

#endif
