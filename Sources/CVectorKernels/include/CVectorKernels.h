#ifndef CADENCE_VECTOR_KERNELS_H
#define CADENCE_VECTOR_KERNELS_H

#include <stdint.h>

/// Whether this CPU has AVX2 and FMA (checked at run time, so one binary runs everywhere).
int cadence_avx2_available(void);

/// Dot products with AVX2/FMA. Call only when `cadence_avx2_available()` is true.
float cadence_dot_f32_avx2(const float *a, const float *b, long n);
int32_t cadence_dot_i8_avx2(const int8_t *a, const int8_t *b, long n);

#endif
