/// The header structs several answers share (`ResponseHeaderSharing`): a namespace, and a file per struct.
extension ModuleRenderer {
    func renderSharedResponseHeadersNamespace() -> String {
        var writer = CodeWriter()
        writer.doc("Response headers that several operations' answers carry alike, declared once; each answer "
                   + "names its struct through a typealias (`Response.AcceptedHeaders`).")
        writer.line("\(access)enum \(module.sharedResponseHeadersNamespace) {}")
        return writer.text
    }

    func renderSharedResponseHeaders(_ shared: SharedResponseHeadersDecl) -> String {
        var writer = CodeWriter()
        writer.block("extension \(module.sharedResponseHeadersNamespace)") { writer in
            writer.doc((shared.headers.count == 1 ? "The header " : "The headers ") + shared.headers.map { "`\($0.wireName)`" }.joined(separator: ", ") + ".")
            writeHeadersStruct(named: shared.name, shared.headers, into: &writer)
        }
        return writer.text
    }
}
