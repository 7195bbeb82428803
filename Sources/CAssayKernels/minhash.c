// The MinHash inner loop: 96 multiplications per shingle, the largest single cost of the
// near-duplicate signature. Swift cannot ask for a CPU feature per function; C can, so the loop has
// an AVX-512 form (8 products per instruction), chosen at run time, and a plain one.
#include "assay_kernels.h"

static void minhash_plain(const uint64_t *mixed, size_t count, const uint64_t *multipliers, size_t hashes,
                          uint32_t *minimums) {
    for (size_t e = 0; e < count; e++) {
        uint64_t x = mixed[e];
        for (size_t i = 0; i < hashes; i++) {
            uint32_t value = (uint32_t)((x * multipliers[i]) >> 32);
            if (value < minimums[i]) minimums[i] = value;
        }
    }
}

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

#define ASSAY_MAX_VECTORS 16

__attribute__((target("avx512f,avx512dq")))
static void minhash_avx512(const uint64_t *mixed, size_t count, const uint64_t *multipliers, size_t hashes,
                           uint32_t *minimums) {
    size_t vectors = hashes / 8;
    if (vectors > ASSAY_MAX_VECTORS) vectors = ASSAY_MAX_VECTORS;
    __m512i factors[ASSAY_MAX_VECTORS];
    __m512i lows[ASSAY_MAX_VECTORS];
    for (size_t j = 0; j < vectors; j++) {
        factors[j] = _mm512_loadu_si512((const void *)(multipliers + 8 * j));
        // The current minimums, widened to 64-bit lanes.
        lows[j] = _mm512_cvtepu32_epi64(_mm256_loadu_si256((const __m256i *)(minimums + 8 * j)));
    }
    for (size_t e = 0; e < count; e++) {
        __m512i x = _mm512_set1_epi64((long long)mixed[e]);
        for (size_t j = 0; j < vectors; j++) {
            __m512i value = _mm512_srli_epi64(_mm512_mullo_epi64(x, factors[j]), 32);
            lows[j] = _mm512_min_epu64(lows[j], value);
        }
    }
    for (size_t j = 0; j < vectors; j++) {
        _mm256_storeu_si256((__m256i *)(minimums + 8 * j), _mm512_cvtepi64_epi32(lows[j]));
    }
    // Hash functions beyond the vectors: the plain loop.
    size_t done = 8 * vectors;
    if (done < hashes) minhash_plain(mixed, count, multipliers + done, hashes - done, minimums + done);
}

/// AVX-512 F and DQ, and an OS that saves the registers (XCR0: SSE, AVX and the three AVX-512 states).
static int detect_avx512(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 27))) return 0;  // OSXSAVE
    unsigned low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    if ((low & 0xE6) != 0xE6) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & (1u << 16)) && (b & (1u << 17));
}

static int avx512_state = -1;

int assay_minhash_uses_avx512(void) {
    int state = __atomic_load_n(&avx512_state, __ATOMIC_RELAXED);
    if (state < 0) {
        state = detect_avx512();
        __atomic_store_n(&avx512_state, state, __ATOMIC_RELAXED);
    }
    return state;
}
#else
int assay_minhash_uses_avx512(void) { return 0; }
#endif

void assay_minhash(const uint64_t *mixed, size_t count, const uint64_t *multipliers, size_t hashes,
                   uint32_t *minimums) {
#if defined(__x86_64__)
    if (hashes >= 8 && assay_minhash_uses_avx512()) {
        minhash_avx512(mixed, count, multipliers, hashes, minimums);
        return;
    }
#endif
    minhash_plain(mixed, count, multipliers, hashes, minimums);
}
