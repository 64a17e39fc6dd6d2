/// How a body goes on the wire and how an answer's body is read, by media type: JSON, XML, a
/// string as text, or bytes as they are.
extension ModuleRenderer {
    /// Sets the request body in the media type the operation consumes; with a `contentType`
    /// parameter, in the one the caller picked.
    func renderSetBody(_ body: ParameterDecl, _ operation: OperationDecl, into writer: inout CodeWriter) {
        let choices = operation.bodyMediaTypes.isEmpty ? BodyMediaTypes.choices(["application/json"]) : operation.bodyMediaTypes
        let choice = operation.parameters.first(where: \.isContentTypeChoice).map { "self." + Naming.escaped($0.swiftName) }
        let isBytes = isBytesBody(body.type)
        let write = { (writer: inout CodeWriter, value: String) in
            if let choice, isBytes {
                // Bytes are sent as they are, whichever media type labels them.
                writer.line("builder.setBody(\(value), contentType: \(choice).rawValue)")
            } else if let choice, choices.count > 1 {
                writer.line("switch \(choice) {")
                for media in choices {
                    writer.line("case .\(Naming.escaped(media.caseName)): " + self.setBodyStatement(value, body.type, media, xmlList: operation.bodyXMLList))
                }
                writer.line("}")
            } else if let media = choices.first {
                writer.line(self.setBodyStatement(value, body.type, media, xmlList: operation.bodyXMLList))
            }
        }
        if body.isRequired || body.defaultValue != nil {
            write(&writer, "self." + Naming.escaped(body.swiftName))
        } else {
            writer.block("if let value = self.\(Naming.escaped(body.swiftName))") { writer in write(&writer, "value") }
        }
    }

    private func setBodyStatement(_ value: String, _ type: SwiftType, _ media: BodyMediaType, xmlList: XMLListDecl?) -> String {
        let contentType = CodeWriter.literal(media.mediaType)
        if isBytesBody(type) { return "builder.setBody(\(value), contentType: \(contentType))" }
        switch media.kind {
        case .text: return "builder.setTextBody(\(value), contentType: \(contentType))"
        case .xml: return "try builder.setXMLBody(\(xmlDocumentExpression(value, type, list: xmlList)), contentType: \(contentType))"
        case .json, .form, .bytes:
            let wire = toWire(value, type)
            return media.mediaType == "application/json" ? "try builder.setJSONBody(\(wire))" : "try builder.setJSONBody(\(wire), contentType: \(contentType))"
        }
    }

    /// A body sent as the bytes it is: `Data`, or a `RequestBody` that may stream.
    func isBytesBody(_ type: SwiftType) -> Bool {
        type == BodyMediaTypes.streamedBodyType || underlying(type) == .binary
    }

    /// Whether the operation's request body may stream (`makeRequest` then builds a `RequestBody`).
    func streamsRequestBody(_ operation: OperationDecl) -> Bool {
        operation.parameters.contains { $0.location == .body && $0.type == BodyMediaTypes.streamedBodyType }
    }

    /// The typed value of an answer's body (`body` is the answer's `Data`).
    func responseBodyExpression(_ type: SwiftType, kind: BodyMediaKind, xmlList: XMLListDecl?) -> String {
        switch kind {
        case .bytes: return "body"
        case .text: return "ResponseDecoding.text(from: body)"
        case .xml: return xmlDecodeExpression(type, list: xmlList)
        case .json, .form:
            if underlying(type) == .binary { return "body" }
            return decodeExpression(type, optional: false) { "try ResponseDecoding.body(\($0).self, from: body, response: response)" }
        }
    }
}
