/// AssayStore will hold the state store: the ledger of inputs and their outcomes, content hashes,
/// near-duplicate signatures and feed state (SQLite through GRDB). It is built by the
/// de-duplication work; `assay ingest` meanwhile keys records by content-derived id, so re-running
/// it over the same inputs writes nothing new.
public enum AssayStoreModule {
    public static let schemaVersion = 0
}
