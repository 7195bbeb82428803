import AssayCore
import Foundation

/// Reads an input file's bytes, refusing oversize files from their size alone, before reading them.
public struct InputReader: Sendable {
    public var maxBytes: Int

    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    public func read(_ path: String) throws(InputRejection) -> [UInt8] {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw .unreadable(detail: Self.describe(error))
        }
        guard size <= maxBytes else { throw .tooLarge(bytes: size, limit: maxBytes) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(detail: "permission denied or file vanished")
        }
        defer { try? handle.close() }
        do {
            // Read at most one byte past the limit: a file that grew since stat is still caught.
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            guard data.count <= maxBytes else { throw InputRejection.tooLarge(bytes: data.count, limit: maxBytes) }
            return [UInt8](data)
        } catch let rejection as InputRejection {
            throw rejection
        } catch {
            throw .unreadable(detail: Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        let text = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
        return text.isEmpty ? String(describing: error) : text
    }
}
