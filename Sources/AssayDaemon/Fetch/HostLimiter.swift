/// Bounds fetches: at most `total` at once, and at most `perHost` to any one host, so one slow or
/// busy site never takes every slot and other sources are not delayed.
public actor HostLimiter {
    private let total: Int
    private let perHost: Int
    private var running = 0
    private var byHost: [String: Int] = [:]
    private var waiters: [(host: String, continuation: CheckedContinuation<Void, Never>)] = []

    public init(total: Int, perHost: Int) {
        self.total = max(1, total)
        self.perHost = max(1, perHost)
    }

    public func acquire(_ host: String) async {
        if canStart(host) {
            start(host)
            return
        }
        await withCheckedContinuation { waiters.append((host, $0)) }
    }

    public func release(_ host: String) {
        running -= 1
        byHost[host, default: 1] -= 1
        if byHost[host] == 0 { byHost[host] = nil }
        // Wake the first waiter whose host has room (not simply the first in line).
        if let index = waiters.firstIndex(where: { canStart($0.host) }) {
            let waiter = waiters.remove(at: index)
            start(waiter.host)
            waiter.continuation.resume()
        }
    }

    private func canStart(_ host: String) -> Bool { running < total && byHost[host, default: 0] < perHost }

    private func start(_ host: String) {
        running += 1
        byHost[host, default: 0] += 1
    }
}
