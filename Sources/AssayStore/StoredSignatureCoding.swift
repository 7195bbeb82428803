import AssayCore
import Foundation

/// The signature as a BLOB of little-endian UInt32s: the shingle MinHash, then the sorted facts.
enum StoredSignatureCoding {
    static func encode(_ signature: NearDuplicateSignature) -> Data {
        var values = signature.shingles
        values += signature.facts
        var data = Data(count: values.count * 4)
        data.withUnsafeMutableBytes { raw in
            for (index, value) in values.enumerated() { raw.storeBytes(of: value.littleEndian, toByteOffset: index * 4, as: UInt32.self) }
        }
        return data
    }

    static func decode(_ data: Data?, shingleCount: Int) -> NearDuplicateSignature? {
        let shingles = NearDuplicateSignature.shingleHashes
        guard let data, data.count >= shingles * 4, data.count % 4 == 0 else { return nil }
        var values = [UInt32](repeating: 0, count: data.count / 4)
        data.withUnsafeBytes { raw in
            for index in values.indices { values[index] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)) }
        }
        return NearDuplicateSignature(shingles: Array(values[..<shingles]), shingleCount: shingleCount, facts: Array(values[shingles...]))
    }
}
