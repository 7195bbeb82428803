#include "assay_fetch.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct assay_fetch {
    atomic_int cancelled;
    uint8_t *body;
    size_t body_length;
    size_t body_capacity;
    int64_t max_bytes;
    int over_limit;
    char *headers;
    size_t headers_length;
    size_t headers_capacity;
    int allow_private;
    int refused;
    long status;
    char final_url[2048];
    char detail[CURL_ERROR_SIZE + 64];
};

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static void global_init(void) { curl_global_init(CURL_GLOBAL_DEFAULT); }

assay_fetch *assay_fetch_new(void) {
    pthread_once(&global_once, global_init);
    assay_fetch *fetch = calloc(1, sizeof(assay_fetch));
    if (fetch) atomic_init(&fetch->cancelled, 0);
    return fetch;
}

void assay_fetch_free(assay_fetch *fetch) {
    if (!fetch) return;
    free(fetch->body);
    free(fetch->headers);
    free(fetch);
}

void assay_fetch_cancel(assay_fetch *fetch) { atomic_store(&fetch->cancelled, 1); }

static int grow(void **buffer, size_t *capacity, size_t needed) {
    if (needed <= *capacity) return 1;
    size_t next = *capacity ? *capacity : 16384;
    while (next < needed) next *= 2;
    void *grown = realloc(*buffer, next);
    if (!grown) return 0;
    *buffer = grown;
    *capacity = next;
    return 1;
}

/// Decoded bytes as they arrive: past the cap the transfer stops, so memory never exceeds it.
static size_t on_body(char *data, size_t size, size_t count, void *context) {
    assay_fetch *fetch = context;
    size_t length = size * count;
    if ((int64_t)(fetch->body_length + length) > fetch->max_bytes) {
        fetch->over_limit = 1;
        return 0;
    }
    if (!grow((void **)&fetch->body, &fetch->body_capacity, fetch->body_length + length)) return 0;
    memcpy(fetch->body + fetch->body_length, data, length);
    fetch->body_length += length;
    return length;
}

/// Header lines of the final response only: a new status line (after a redirect) starts over.
static size_t on_header(char *data, size_t size, size_t count, void *context) {
    assay_fetch *fetch = context;
    size_t length = size * count;
    if (length >= 5 && memcmp(data, "HTTP/", 5) == 0) fetch->headers_length = 0;
    if (fetch->headers_length + length > 256 * 1024) return length;  // a header flood is dropped, not kept
    if (!grow((void **)&fetch->headers, &fetch->headers_capacity, fetch->headers_length + length + 1)) return 0;
    memcpy(fetch->headers + fetch->headers_length, data, length);
    fetch->headers_length += length;
    fetch->headers[fetch->headers_length] = 0;
    return length;
}

static int on_progress(void *context, curl_off_t a, curl_off_t b, curl_off_t c, curl_off_t d) {
    (void)a; (void)b; (void)c; (void)d;
    assay_fetch *fetch = context;
    return atomic_load(&fetch->cancelled) ? 1 : 0;
}

/// Loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified and multicast addresses.
static int is_internal(const char *ip) {
    unsigned char v6[16];
    struct in_addr v4;
    if (inet_pton(AF_INET, ip, &v4) == 1) {
        uint32_t a = ntohl(v4.s_addr);
        return (a >> 24) == 127 || (a >> 24) == 10 || (a >> 24) == 0 || (a >> 20) == (172u << 4 | 1)
            || (a >> 16) == (192u << 8 | 168) || (a >> 16) == (169u << 8 | 254) || (a >> 22) == (100u << 2 | 1)
            || (a >> 28) == 14 || a == 0xFFFFFFFFu;
    }
    if (inet_pton(AF_INET6, ip, v6) == 1) {
        static const unsigned char loopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        static const unsigned char unspecified[16] = {0};
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
        if (memcmp(v6, loopback, 16) == 0 || memcmp(v6, unspecified, 16) == 0) return 1;
        if ((v6[0] & 0xFE) == 0xFC) return 1;                       // fc00::/7 unique local
        if (v6[0] == 0xFE && (v6[1] & 0xC0) == 0x80) return 1;      // fe80::/10 link-local
        if (v6[0] == 0xFF) return 1;                                // multicast
        if (memcmp(v6, mapped, 12) == 0) {                          // ::ffff:a.b.c.d
            char text[INET_ADDRSTRLEN];
            struct in_addr inner;
            memcpy(&inner.s_addr, v6 + 12, 4);
            return inet_ntop(AF_INET, &inner, text, sizeof text) ? is_internal(text) : 1;
        }
        return 0;
    }
    return 1;  // not an address we can read: refuse
}

/// Called once per connection, redirects included, with the address actually connected.
static int on_connected(void *context, char *primary_ip, char *local_ip, int primary_port, int local_port) {
    (void)local_ip; (void)primary_port; (void)local_port;
    assay_fetch *fetch = context;
    if (fetch->allow_private || !is_internal(primary_ip)) return CURL_PREREQFUNC_OK;
    fetch->refused = 1;
    snprintf(fetch->detail, sizeof fetch->detail, "%s", primary_ip);
    return CURL_PREREQFUNC_ABORT;
}

int assay_fetch_perform(assay_fetch *fetch, const assay_fetch_request *request) {
    CURL *curl = curl_easy_init();
    if (!curl) {
        snprintf(fetch->detail, sizeof fetch->detail, "libcurl could not start a transfer");
        return ASSAY_FETCH_TRANSPORT;
    }
    char error[CURL_ERROR_SIZE] = {0};
    struct curl_slist *headers = NULL;
    for (int i = 0; i < request->header_count; i++) headers = curl_slist_append(headers, request->headers[i]);
    fetch->max_bytes = request->max_bytes;
    fetch->allow_private = request->allow_private;
    curl_easy_setopt(curl, CURLOPT_URL, request->url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, request->user_agent);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, request->max_redirects);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, request->total_timeout_ms);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)request->max_bytes);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, fetch);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, fetch);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, fetch);
    curl_easy_setopt(curl, CURLOPT_PREREQFUNCTION, on_connected);
    curl_easy_setopt(curl, CURLOPT_PREREQDATA, fetch);
    CURLcode code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &fetch->status);
    char *final_url = NULL;
    if (curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url)
        snprintf(fetch->final_url, sizeof fetch->final_url, "%s", final_url);
    if (!fetch->refused) snprintf(fetch->detail, sizeof fetch->detail, "%s", error[0] ? error : curl_easy_strerror(code));
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (fetch->refused) return ASSAY_FETCH_REFUSED_ADDRESS;
    if (fetch->over_limit || code == CURLE_FILESIZE_EXCEEDED) return ASSAY_FETCH_TOO_LARGE;
    if (atomic_load(&fetch->cancelled)) return ASSAY_FETCH_CANCELLED;
    switch (code) {
    case CURLE_OK: return ASSAY_FETCH_OK;
    case CURLE_OPERATION_TIMEDOUT: return ASSAY_FETCH_TIMED_OUT;
    case CURLE_COULDNT_CONNECT: case CURLE_COULDNT_RESOLVE_HOST: case CURLE_COULDNT_RESOLVE_PROXY: return ASSAY_FETCH_CANNOT_CONNECT;
    case CURLE_TOO_MANY_REDIRECTS: return ASSAY_FETCH_TOO_MANY_REDIRECTS;
    case CURLE_UNSUPPORTED_PROTOCOL: return ASSAY_FETCH_UNSUPPORTED_SCHEME;
    default: return ASSAY_FETCH_TRANSPORT;
    }
}

long assay_fetch_status(const assay_fetch *fetch) { return fetch->status; }
const char *assay_fetch_final_url(const assay_fetch *fetch) { return fetch->final_url; }
const uint8_t *assay_fetch_body(const assay_fetch *fetch, size_t *length) {
    *length = fetch->body_length;
    return fetch->body;
}
const char *assay_fetch_headers(const assay_fetch *fetch, size_t *length) {
    *length = fetch->headers_length;
    return fetch->headers ? fetch->headers : "";
}
const char *assay_fetch_detail(const assay_fetch *fetch) { return fetch->detail; }
