import Foundation
import GRDB
import GRDBSQLite

/// A cached GRDB statement bound, stepped and read through SQLite's C API. Admit runs about twenty
/// statements per article, and GRDB's boxed arguments and rows cost about a third of it (measured
/// with `AssayBench store`), so the store's hot path uses this instead.
struct RawStatement {
    private let statement: Statement
    private let connection: SQLiteConnection?
    private var handle: SQLiteStatement { statement.sqliteStatement }

    /// The statement, reset with its bindings cleared.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        connection = db.sqliteConnection
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    func bind(_ value: Int64, at index: Int) {
        sqlite3_bind_int64(handle, CInt(index), value)
    }

    func bind(_ value: Int?, at index: Int) {
        if let value { bind(Int64(value), at: index) } else { sqlite3_bind_null(handle, CInt(index)) }
    }

    func bind(_ value: Double?, at index: Int) {
        if let value { sqlite3_bind_double(handle, CInt(index), value) } else { sqlite3_bind_null(handle, CInt(index)) }
    }

    func bind(_ value: String?, at index: Int) {
        guard let value else {
            sqlite3_bind_null(handle, CInt(index))
            return
        }
        var text = value
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(
                handle, CInt(index), UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self), CInt(bytes.count), Self.transient)
        }
    }

    func bind(bytes: UnsafeRawBufferPointer, at index: Int) {
        sqlite3_bind_blob(handle, CInt(index), bytes.baseAddress, CInt(bytes.count), Self.transient)
    }

    /// Runs to the next row: true when there is one, false when done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
        }
    }

    /// Resets the statement, so it holds no read cursor and can be bound again.
    func finish() {
        sqlite3_reset(handle)
    }

    func int64(_ column: Int) -> Int64 {
        sqlite3_column_int64(handle, CInt(column))
    }

    func string(_ column: Int) -> String? {
        guard let text = sqlite3_column_text(handle, CInt(column)) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, CInt(column)))), as: UTF8.self)
    }

    /// The column's bytes, valid until the next step or finish.
    func bytes(_ column: Int) -> UnsafeRawBufferPointer {
        let pointer = sqlite3_column_blob(handle, CInt(column))
        return UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : Int(sqlite3_column_bytes(handle, CInt(column))))
    }

    /// SQLite copies bound values (SQLITE_TRANSIENT, a macro Swift does not import).
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
