/// One small article, English and Chinese, run through a new pipeline before it takes inputs.
/// Tables built on first use (the facts' word trie, script tables, parsers' state) are then
/// built at start, not inside the first input's time budget (`max_process_seconds`).
extension ArticlePipeline {
    public func warmUp() {
        let page = """
            <html><head><title>Northwind Cells starts production in Kemi</title>
            <meta name="date" content="2026-01-05"></head><body><article>
            <h1>Northwind Cells starts production in Kemi</h1>
            <p>Northwind Cells Ltd. said on Monday it started production of sodium-ion cells at its 20 GWh plant \
            in Kemi, Finland, after investing $1.2 billion (8.6 billion yuan) in the site.</p>
            <p>北风电池有限公司宣布，其位于江苏省常州市的年产2万吨正极材料项目正式投产，总投资15亿元。</p>
            </article></body></html>
            """
        _ = process(InputDocument(bytes: Array(page.utf8), path: "warm-up.html", receivedAt: "2026-01-05T00:00:00Z"), ingestedAt: "2026-01-05T00:00:00Z")
    }
}
