import AssayCore
import Foundation

/// The signature as a BLOB of little-endian UInt32s: the shingle MinHash, then the sorted facts.
package enum StoredSignatureCoding {
    package static func encode(_ signature: NearDuplicateSignature) -> Data {
        var values = signature.shingles
        values += signature.facts
        var data = Data(count: values.count * 4)
        data.withUnsafeMutableBytes { raw in
            for (index, value) in values.enumerated() { raw.storeBytes(of: value.littleEndian, toByteOffset: index * 4, as: UInt32.self) }
        }
        return data
    }

    /// Story keys as a BLOB of little-endian UInt32s.
    package static func encode(_ keys: StoryKeys) -> Data {
        var data = Data(count: keys.keys.count * 4)
        data.withUnsafeMutableBytes { raw in
            for (index, value) in keys.keys.enumerated() { raw.storeBytes(of: value.littleEndian, toByteOffset: index * 4, as: UInt32.self) }
        }
        return data
    }

    /// Story keys from their BLOB; none for an article stored before they existed.
    package static func decodeStoryKeys(_ raw: UnsafeRawBufferPointer?) -> StoryKeys {
        guard let raw, raw.count % 4 == 0 else { return StoryKeys(keys: []) }
        return StoryKeys(keys: (0..<(raw.count / 4)).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) })
    }

    package static func decode(_ data: Data?, shingleCount: Int) -> NearDuplicateSignature? {
        guard let data else { return nil }
        return data.withUnsafeBytes { decode($0, shingleCount: shingleCount) }
    }

    package static func decode(_ raw: UnsafeRawBufferPointer, shingleCount: Int) -> NearDuplicateSignature? {
        let shingles = NearDuplicateSignature.shingleHashes
        guard raw.count >= shingles * 4, raw.count % 4 == 0 else { return nil }
        let values = (0..<(raw.count / 4)).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
        return NearDuplicateSignature(shingles: Array(values[..<shingles]), shingleCount: shingleCount, facts: Array(values[shingles...]))
    }
}
