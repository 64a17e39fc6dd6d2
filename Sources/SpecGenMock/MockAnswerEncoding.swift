import Foundation
import SpecGenCore
import SpecGenRuntime

/// How the mock writes a successful answer's body, by the media types the operation produces:
/// JSON when it may (or says nothing), else XML laid out by the contract's `xml` objects, else the
/// bytes (`type: file`, `format: binary`: an example's string as its UTF-8) or the text of a string.
enum MockAnswerEncoding {
    static func encode(_ value: JSONValue, schema: Schema?, operation: MockOperation, json: (JSONValue) -> Data) -> (body: Data, contentType: String) {
        let produces = operation.operation.produces
        let kinds = produces.map { $0.lowercased() }
        if kinds.isEmpty || kinds.contains(where: { $0.contains("json") }) { return (json(value), "application/json") }
        let isBytes = schema.map { operation.schemas.type(of: $0) == "file" || operation.schemas.format(of: $0) == "binary" } ?? false
        if isBytes {
            if case .string(let text) = value { return (Data(text.utf8), produces[0]) }
            return (json(value), produces[0])
        }
        if let xml = produces.first(where: { $0.lowercased().hasSuffix("xml") }), let schema {
            return (MockXMLDocument(layout: XMLLayout(contract: operation.schemas.contract)).document(value, schema: schema), xml)
        }
        if let text = produces.first(where: { $0.lowercased().hasPrefix("text/") }) {
            return (Data(MockXMLDocument.text(value).utf8), text)
        }
        return (json(value), "application/json")
    }
}
