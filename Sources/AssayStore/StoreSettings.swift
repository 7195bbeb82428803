/// How the daemon talks to a store server (`[store]` in the config): unused by SQLite.
public struct StoreSettings: Sendable, Equatable {
    /// How the connection is encrypted, as libpq's `sslmode` reads.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Plain text: a server on loopback or a unix socket.
        case disable
        /// TLS when the server offers it, its certificate not checked; plain text otherwise.
        case prefer
        /// TLS always, its certificate not checked.
        case require
        /// TLS always, the certificate checked against `tlsCAFile` (or the system's roots) and the host name.
        case verifyFull = "verify-full"
    }

    /// Connections open at most: decisions, claims and fetch state go on at once up to this.
    public var poolSize = 4
    /// Seconds one statement may run before the server cancels it (a lock held by a stuck host, say).
    public var statementTimeout: Double = 30
    public var tls = TLSMode.prefer
    /// PEM file of the certificate authority for `verify-full`; nil for the system's roots.
    public var tlsCAFile: String?
    /// Seconds a store call keeps retrying a lost connection (with back-off) before it fails.
    public var retryFor: Double = 15

    public init() {}
}
