#ifndef ASSAY_FETCH_H
#define ASSAY_FETCH_H

#include <stddef.h>
#include <stdint.h>

/// One HTTP GET through libcurl with every limit enforced inside the transfer: the body cap on
/// decoded bytes as they arrive (gzip included), a total deadline, redirects only to http and
/// https, and, unless allowed, no connection to loopback, private or link-local addresses (checked
/// on the address actually connected, after every redirect). Blocking: run it on a thread of its
/// own; `assay_fetch_cancel` from any thread stops it within a fraction of a second.
typedef struct assay_fetch assay_fetch;

typedef struct {
    const char *url;
    /// "Name: value" lines, `header_count` of them.
    const char *const *headers;
    int header_count;
    const char *user_agent;
    long connect_timeout_ms;
    long total_timeout_ms;
    long max_redirects;
    int64_t max_bytes;
    /// 1: loopback, private and link-local addresses may be connected to.
    int allow_private;
} assay_fetch_request;

/// How a transfer ended.
enum {
    ASSAY_FETCH_OK = 0,
    ASSAY_FETCH_TIMED_OUT = 1,
    ASSAY_FETCH_CANNOT_CONNECT = 2,
    ASSAY_FETCH_TOO_LARGE = 3,
    ASSAY_FETCH_TOO_MANY_REDIRECTS = 4,
    ASSAY_FETCH_UNSUPPORTED_SCHEME = 5,
    ASSAY_FETCH_REFUSED_ADDRESS = 6,
    ASSAY_FETCH_CANCELLED = 7,
    ASSAY_FETCH_TRANSPORT = 8,
};

assay_fetch *assay_fetch_new(void);
void assay_fetch_free(assay_fetch *fetch);
/// Safe from any thread, at any time before `assay_fetch_free`.
void assay_fetch_cancel(assay_fetch *fetch);
/// Performs the request; returns one of the ASSAY_FETCH_ codes.
int assay_fetch_perform(assay_fetch *fetch, const assay_fetch_request *request);

/// The results, valid until `assay_fetch_free`.
long assay_fetch_status(const assay_fetch *fetch);
const char *assay_fetch_final_url(const assay_fetch *fetch);
const uint8_t *assay_fetch_body(const assay_fetch *fetch, size_t *length);
/// The final response's header lines, each ending in "\r\n" (or "\n").
const char *assay_fetch_headers(const assay_fetch *fetch, size_t *length);
/// libcurl's message, or the address refused.
const char *assay_fetch_detail(const assay_fetch *fetch);

#endif
