#ifndef ASSAY_KERNELS_H
#define ASSAY_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// MinHash minimums: for each multiplier m[i], minimums[i] becomes the smallest of its current value
/// and bits 32-63 of (x * m[i]) mod 2^64 over every x of `mixed`. AVX-512 when the CPU has it,
/// plain C otherwise; both give the same values.
void assay_minhash(const uint64_t *mixed, size_t count, const uint64_t *multipliers, size_t hashes,
                   uint32_t *minimums);

/// Whether assay_minhash runs the AVX-512 loop on this CPU (for the benchmark's report).
int assay_minhash_uses_avx512(void);

#endif
