#define _GNU_SOURCE
#include <unistd.h>
#include "assay_system.h"

int assay_syncfs(int fd) { return syncfs(fd); }
