import Foundation
import SpecGenRuntime

/// One `x-ms-examples` entry of one operation, with the code that drives the generated builder.
/// Generated example test targets list these; `ExampleConformance.run` checks them.
public struct ExampleCase: Sendable {
    /// Where the example's JSON (`parameters` and `responses`) comes from.
    public enum Source: Sendable {
        /// An example file, its path relative to the test target's folder.
        case file(String)
        /// An example written in the contract itself (`x-ms-examples` without `$ref`), as JSON text.
        case inline(String)
    }

    /// A query parameter of the operation, and how an array value goes on the wire.
    public struct QueryParameter: Sendable, Hashable {
        public let name: String
        public let isArray: Bool
        /// For an array: the separator joining its items into one value (`collectionFormat` csv `,`,
        /// ssv space, tsv tab, pipes `|`); nil repeats the parameter once per item (`multi`).
        public let separator: String?

        public static func scalar(_ name: String) -> QueryParameter {
            QueryParameter(name: name, isArray: false, separator: nil)
        }

        public static func array(_ name: String, separator: String?) -> QueryParameter {
            QueryParameter(name: name, isArray: true, separator: separator)
        }
    }

    public let operationId: String
    public let title: String
    public let source: Source
    public let method: String
    public let pathTemplate: String
    public let queryParameters: [QueryParameter]
    public let bodyParameter: String?
    public let declaredParameters: [String]
    /// Path parameters inserted verbatim (`x-ms-skip-url-encoding`).
    public let verbatimParameters: [String]
    /// Long-running: the live result is the final resource, not the first answer.
    public let isLongRunning: Bool
    /// Pageable: the live result is every item, `itemName` of the example body.
    public let pagedItems: String?
    /// The media type answers come in when it is not JSON (XML, text, bytes): examples are JSON,
    /// so their response bodies are noted, not decoded.
    public let responseMediaType: String?
    public let run: @Sendable (ExampleRun) throws -> Void
    /// Calls the generated client with the example's parameters; returns what it handed back.
    public let live: (@Sendable (ExampleRun, LiveExampleContext) async throws -> LiveResult?)?

    public init(
        operationId: String, title: String, source: Source, method: String, pathTemplate: String,
        queryParameters: [QueryParameter], bodyParameter: String?, declaredParameters: [String], verbatimParameters: [String] = [],
        isLongRunning: Bool = false, pagedItems: String? = nil, responseMediaType: String? = nil,
        run: @escaping @Sendable (ExampleRun) throws -> Void,
        live: (@Sendable (ExampleRun, LiveExampleContext) async throws -> LiveResult?)? = nil
    ) {
        self.operationId = operationId
        self.title = title
        self.source = source
        self.method = method
        self.pathTemplate = pathTemplate
        self.queryParameters = queryParameters
        self.bodyParameter = bodyParameter
        self.declaredParameters = declaredParameters
        self.verbatimParameters = verbatimParameters
        self.isLongRunning = isLongRunning
        self.pagedItems = pagedItems
        self.responseMediaType = responseMediaType
        self.run = run
        self.live = live
    }
}
