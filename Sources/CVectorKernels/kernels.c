// AVX2 kernels for the vector index. The package builds for the baseline x86-64 target (SSE2,
// no FMA); these functions are compiled for AVX2/FMA with target attributes and used only when
// the CPU reports both, so the same binary still runs on older machines.
#include "CVectorKernels.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

int cadence_avx2_available(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

__attribute__((target("avx2,fma")))
float cadence_dot_f32_avx2(const float *a, const float *b, long n) {
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps(), s2 = _mm256_setzero_ps(), s3 = _mm256_setzero_ps();
    long i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
        s2 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 16), _mm256_loadu_ps(b + i + 16), s2);
        s3 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 24), _mm256_loadu_ps(b + i + 24), s3);
    }
    for (; i + 8 <= n; i += 8) s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
    __m256 s = _mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3));
    __m128 low = _mm_add_ps(_mm256_castps256_ps128(s), _mm256_extractf128_ps(s, 1));
    low = _mm_hadd_ps(low, low);
    low = _mm_hadd_ps(low, low);
    float result = _mm_cvtss_f32(low);
    for (; i < n; i++) result += a[i] * b[i];
    return result;
}

__attribute__((target("avx2")))
int32_t cadence_dot_i8_avx2(const int8_t *a, const int8_t *b, long n) {
    // Bytes widen to 16 bits; madd multiplies pairs and adds neighbours into 32-bit lanes.
    __m256i s0 = _mm256_setzero_si256(), s1 = _mm256_setzero_si256();
    long i = 0;
    for (; i + 32 <= n; i += 32) {
        __m256i x0 = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(a + i)));
        __m256i y0 = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(b + i)));
        __m256i x1 = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(a + i + 16)));
        __m256i y1 = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(b + i + 16)));
        s0 = _mm256_add_epi32(s0, _mm256_madd_epi16(x0, y0));
        s1 = _mm256_add_epi32(s1, _mm256_madd_epi16(x1, y1));
    }
    for (; i + 16 <= n; i += 16) {
        __m256i x = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(a + i)));
        __m256i y = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(b + i)));
        s0 = _mm256_add_epi32(s0, _mm256_madd_epi16(x, y));
    }
    __m256i s = _mm256_add_epi32(s0, s1);
    __m128i low = _mm_add_epi32(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
    low = _mm_hadd_epi32(low, low);
    low = _mm_hadd_epi32(low, low);
    int32_t result = _mm_cvtsi128_si32(low);
    for (; i < n; i++) result += (int32_t)a[i] * (int32_t)b[i];
    return result;
}

#else

// Other CPUs use the portable Swift loops; these are never called there.
int cadence_avx2_available(void) { return 0; }
float cadence_dot_f32_avx2(const float *a, const float *b, long n) {
    float result = 0;
    for (long i = 0; i < n; i++) result += a[i] * b[i];
    return result;
}
int32_t cadence_dot_i8_avx2(const int8_t *a, const int8_t *b, long n) {
    int32_t result = 0;
    for (long i = 0; i < n; i++) result += (int32_t)a[i] * (int32_t)b[i];
    return result;
}

#endif
