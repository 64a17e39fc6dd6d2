import Testing
@testable import SpecGenCore

/// Answers that carry the same headers share one struct; each answer keeps its own name for it.
@Suite struct ResponseHeaderSharingTests {
    /// A DELETE whose 202 carries `headers` (YAML lines).
    static func operation(_ name: String, headers: [String]) -> String {
        ([
            "  /\(name.lowercased())/{id}:",
            "    delete:",
            "      operationId: \(name)_Delete",
            "      parameters:",
            "        - {name: id, in: path, required: true, type: string}",
            "      responses:",
            "        '202':",
            "          description: Accepted.",
            "          headers:",
        ] + headers.map { "            " + $0 } + [
            "        '204':",
            "          description: Gone.",
        ]).joined(separator: "\n")
    }

    static let lroHeaders = ["Location: {type: string, description: Where to poll.}", "Retry-After: {type: integer, format: int32}"]

    let yaml = contract(
        definitions: "  ResponseHeaders:\n    type: object\n    properties:\n      name: {type: string}",
        paths: [operation("Apples", headers: lroHeaders), operation("Pears", headers: lroHeaders),
                operation("Plums", headers: lroHeaders + ["x-ms-request-id: {type: string}"])].joined(separator: "\n"))

    /// Two answers with the same headers, one with a header more, and a model that already takes
    /// the namespace's name.
    @Test func identicalHeaderSetsAreDeclaredOnceAndAliased() throws {
        let files = try generate(yaml)
        // The model keeps its name; the namespace takes the next free one.
        #expect(files["Models/ResponseHeaders.swift"] != nil)
        #expect(body(files["Operations/ResponseHeaders2.swift"]).contains("public enum ResponseHeaders2 {}"))
        let shared = body(files["Operations/ResponseHeaders2.LocationRetryAfter.swift"])
        #expect(shared.contains("""
            extension ResponseHeaders2 {
                /// The headers `Location`, `Retry-After`.
                public struct LocationRetryAfter: Hashable, Sendable {
                    /// Where to poll.
                    ///
                    /// `Location` header.
                    public var location: URL?
            """))
        #expect(shared.contains("retryAfter = ResponseDecoding.integerHeader(\"Retry-After\", in: fields, as: Int32.self)"))
        for name in ["Apples", "Pears"] {
            let operation = body(files["Operations/\(name).Delete.swift"])
            #expect(operation.contains("public typealias AcceptedHeaders = ResponseHeaders2.LocationRetryAfter"))
            #expect(operation.contains("self = .accepted(AcceptedHeaders(response.headerFields))"))
            #expect(!operation.contains("struct AcceptedHeaders"))
        }
        // A set of its own stays in its answer.
        let plums = body(files["Operations/Plums.Delete.swift"])
        #expect(plums.contains("public struct AcceptedHeaders: Hashable, Sendable"))
        #expect(Set(files.keys.filter { $0.hasPrefix("Operations/ResponseHeaders2") })
                == ["Operations/ResponseHeaders2.swift", "Operations/ResponseHeaders2.LocationRetryAfter.swift"])
    }

    @Test func aSetUsedOnceIsNotShared() throws {
        let files = try generate(contract(definitions: "", paths: Self.operation("Apples", headers: Self.lroHeaders)))
        #expect(!files.keys.contains { $0.contains("ResponseHeaders") })
        #expect(body(files["Operations/Apples.Delete.swift"]).contains("public struct AcceptedHeaders: Hashable, Sendable"))
    }
}
