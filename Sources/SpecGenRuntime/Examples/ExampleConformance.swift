import Foundation
import HTTPTypes

/// One `x-ms-examples` file of one operation, with the code that drives the generated builder.
/// Generated example test targets list these; `ExampleConformance.run` checks them.
public struct ExampleCase: Sendable {
    public let operationId: String
    public let title: String
    /// Path of the example file, relative to the test target's folder.
    public let file: String
    public let method: String
    public let pathTemplate: String
    public let queryParameters: [String]
    public let bodyParameter: String?
    public let declaredParameters: [String]
    /// Path parameters inserted verbatim (`x-ms-skip-url-encoding`).
    public let verbatimParameters: [String]
    /// Long-running: the live result is the final resource, not the first answer.
    public let isLongRunning: Bool
    /// Pageable: the live result is every item, `itemName` of the example body.
    public let pagedItems: String?
    public let run: @Sendable (ExampleRun) throws -> Void
    /// Calls the generated client with the example's parameters; returns the result as JSON.
    public let live: (@Sendable (ExampleRun, LiveExampleContext) async throws -> JSONValue?)?

    public init(
        operationId: String, title: String, file: String, method: String, pathTemplate: String,
        queryParameters: [String], bodyParameter: String?, declaredParameters: [String], verbatimParameters: [String] = [],
        isLongRunning: Bool = false, pagedItems: String? = nil,
        run: @escaping @Sendable (ExampleRun) throws -> Void,
        live: (@Sendable (ExampleRun, LiveExampleContext) async throws -> JSONValue?)? = nil
    ) {
        self.verbatimParameters = verbatimParameters
        self.isLongRunning = isLongRunning
        self.pagedItems = pagedItems
        self.live = live
        self.operationId = operationId
        self.title = title
        self.file = file
        self.method = method
        self.pathTemplate = pathTemplate
        self.queryParameters = queryParameters
        self.bodyParameter = bodyParameter
        self.declaredParameters = declaredParameters
        self.run = run
    }
}

/// A mismatch between an example and what the generated code built or decoded.
public struct ExampleMismatch: Error, CustomStringConvertible {
    public let description: String
}

/// The example file being checked: hands its parameters to the generated builder, then checks
/// the request it built and decodes, re-encodes and compares each response body.
public final class ExampleRun {
    public let exampleCase: ExampleCase
    public let parameters: [String: JSONValue]
    public let responses: [(status: String, headers: [String: String], body: JSONValue?)]
    private(set) var requestsVerified = 0
    private(set) var bodiesVerified = 0

    init(exampleCase: ExampleCase, document: JSONValue) throws {
        self.exampleCase = exampleCase
        guard case .object(let parameters)? = document["parameters"] else {
            throw ExampleMismatch(description: "example has no 'parameters' object")
        }
        self.parameters = parameters
        var responses: [(String, [String: String], JSONValue?)] = []
        if case .object(let entries)? = document["responses"] {
            for status in entries.keys.sorted() {
                let entry = entries[status]
                var headers: [String: String] = [:]
                if case .object(let fields)? = entry?["headers"] {
                    for (name, value) in fields { headers[name] = ExampleRun.text(value) }
                }
                responses.append((status, headers, entry?["body"]))
            }
        }
        self.responses = responses
    }

    /// The example's value of a required parameter, decoded as the builder's argument type.
    public func parameter<T: Decodable>(_ name: String) throws -> T {
        guard let value = try optionalParameter(name) as T? else {
            throw ExampleMismatch(description: "example lacks the required parameter '\(name)'")
        }
        return value
    }

    public func optionalParameter<T: Decodable>(_ name: String) throws -> T? {
        guard let value = lookup(name) else { return nil }
        do {
            return try JSONCoding.decode(T.self, from: JSONCoding.encode(value))
        } catch let error as DecodingError {
            let (path, reason) = ResponseDecoding.describe(error)
            throw ExampleMismatch(description: "parameter '\(name)' does not decode as \(T.self) at \(path.isEmpty ? "<root>" : path): \(reason)")
        }
    }

    /// Checks the built request, then every documented response of the example.
    public func verify<Response: OperationResponse>(
        request built: (request: HTTPRequest, body: Data?), responses: Response.Type
    ) throws {
        try verifyRequest(built.request, body: built.body)
        for response in self.responses {
            try verifyResponse(response, as: Response.self)
        }
    }

    private func verifyRequest(_ request: HTTPRequest, body: Data?) throws {
        guard request.method.rawValue == exampleCase.method else {
            throw ExampleMismatch(description: "method \(request.method.rawValue), expected \(exampleCase.method)")
        }
        let fullPath = request.path ?? ""
        let parts = fullPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let expectedPath = try expandTemplate()
        guard String(parts[0]) == expectedPath else {
            throw ExampleMismatch(description: "path \(parts[0]), expected \(expectedPath)")
        }
        var query: [String: [String]] = [:]
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") {
                let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(halves[0]).removingPercentEncoding ?? String(halves[0])
                query[name, default: []].append(halves.count > 1 ? (String(halves[1]).removingPercentEncoding ?? String(halves[1])) : "")
            }
        }
        for name in exampleCase.queryParameters {
            guard let value = lookup(name) else { continue }
            let actual = query[name] ?? []
            if case .array(let items) = value {
                // csv, ssv, tsv and pipes join the items into one value; multi repeats the parameter.
                let expected = items.map(ExampleRun.text)
                let joined = actual.count == 1 ? actual[0].split(whereSeparator: { ",\t |".contains($0) }).map(String.init) : actual
                guard joined == expected || actual == expected else {
                    throw ExampleMismatch(description: "query \(name)=\(actual), expected \(expected)")
                }
                continue
            }
            let expected = ExampleRun.text(value)
            guard actual == [expected] else {
                throw ExampleMismatch(description: "query \(name)=\(actual.first ?? "<absent>"), expected \(expected)")
            }
        }
        if let bodyName = exampleCase.bodyParameter, let expected = lookup(bodyName) {
            guard let body else { throw ExampleMismatch(description: "request has no body, the example has one") }
            let actual = try JSONValue.parse(body)
            if let difference = JSONComparison.difference(expected: expected, actual: actual, path: bodyName) {
                throw ExampleMismatch(description: "request body: \(difference)")
            }
        }
        requestsVerified += 1
    }

    private func verifyResponse<Response: OperationResponse>(
        _ response: (status: String, headers: [String: String], body: JSONValue?), as type: Response.Type
    ) throws {
        guard let code = Int(response.status) else { return }
        var fields = HTTPFields()
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        let data = try response.body.map { try JSONCoding.encode($0) } ?? Data()
        let http = HTTPResponse(status: .init(code: code), headerFields: fields)
        let decoded: Response
        do {
            decoded = try Response(response: http, body: data)
        } catch let error as ServiceError where code >= 400 {
            _ = error  // An error example is meant to throw.
            return
        }
        guard let expected = response.body else { return }
        guard let value = decoded.decodedBody else {
            throw ExampleMismatch(description: "response \(code) has a body in the example but none in the contract")
        }
        let actual = try JSONValue.parse(JSONCoding.encode(value))
        if let difference = JSONComparison.difference(expected: expected, actual: actual, path: "responses.\(code).body") {
            throw ExampleMismatch(description: "response \(code) does not round-trip: \(difference)")
        }
        bodiesVerified += 1
    }

    /// The path template with the example's values, percent-encoded as the runtime encodes them.
    private func expandTemplate() throws -> String {
        var result = ""
        var name: String?
        for character in exampleCase.pathTemplate {
            if character == "{" {
                name = ""
            } else if character == "}", let parameter = name {
                guard let value = lookup(parameter) else {
                    throw ExampleMismatch(description: "example lacks path parameter '\(parameter)'")
                }
                let text = ExampleRun.text(value)
                result += exampleCase.verbatimParameters.contains(parameter) ? text : PercentEncoding.encode(text)
                name = nil
            } else if name != nil {
                name?.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Parameter names match exactly, header names case-insensitively.
    private func lookup(_ name: String) -> JSONValue? {
        parameters[name] ?? parameters.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return ""
        default: return (try? String(decoding: JSONCoding.encode(value), as: UTF8.self)) ?? ""
        }
    }
}

/// Where live example checks send their requests (a mock server on 127.0.0.1, usually).
public struct LiveExampleContext: Sendable {
    public var endpoint: URL
    public var credential: any TokenCredential
    public var transport: any HTTPTransport
    public var options: ClientOptions

    public init(endpoint: URL, credential: any TokenCredential, transport: any HTTPTransport = URLSessionTransport(),
                options: ClientOptions = ClientOptions(pollInterval: .milliseconds(10))) {
        self.endpoint = endpoint
        self.credential = credential
        self.transport = transport
        self.options = options
    }
}

extension ExampleRun {
    /// A client result as JSON, for comparison with the example.
    public func json(_ value: some Encodable) throws -> JSONValue {
        try JSONValue.parse(JSONCoding.encode(value))
    }

    public func json(body value: (any Encodable & Sendable)?) throws -> JSONValue? {
        guard let value else { return nil }
        return try json(value)
    }

    /// Every item of a paged result, in order, as one JSON array.
    public func json<Element: Encodable & Sendable>(collecting items: PagedSequence<Element>) async throws -> JSONValue {
        var all: [JSONValue] = []
        for try await item in items { all.append(try json(item)) }
        return .array(all)
    }

    /// What the live call should give back: the final body for long-running operations, every
    /// item for pageable ones, else the body of the success status a mock answers (200 first).
    func expectedLiveResult() -> JSONValue? {
        let codes = responses.compactMap { Int($0.status) }.filter { (200..<300).contains($0) }.sorted()
        let preferred = exampleCase.isLongRunning ? [200, 201, 204].first { codes.contains($0) } : (codes.contains(200) ? 200 : codes.first)
        guard let status = preferred, let body = responses.first(where: { $0.status == String(status) })?.body else { return nil }
        if let itemName = exampleCase.pagedItems { return body[itemName] ?? .array([]) }
        return body
    }
}

/// Compares JSON as a service would read it: numbers by value, date-times as instants,
/// an explicit `null` the same as an absent member.
public enum JSONComparison {
    public static func difference(expected: JSONValue, actual: JSONValue, path: String) -> String? {
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            for key in Set(left.keys).union(right.keys).sorted() {
                let leftValue = left[key] ?? .null, rightValue = right[key] ?? .null
                if let found = difference(expected: leftValue, actual: rightValue, path: path + "." + key) { return found }
            }
            return nil
        case (.array(let left), .array(let right)):
            guard left.count == right.count else { return "\(path): \(right.count) items, expected \(left.count)" }
            for index in left.indices {
                if let found = difference(expected: left[index], actual: right[index], path: path + "[\(index)]") { return found }
            }
            return nil
        case (.string(let left), .string(let right)):
            if left == right { return nil }
            if let leftDate = RFC3339.parse(left), let rightDate = RFC3339.parse(right),
               abs(leftDate.timeIntervalSince1970 - rightDate.timeIntervalSince1970) < 0.000_001 {
                return nil
            }
            return "\(path): \"\(right)\", expected \"\(left)\""
        default:
            if let left = number(expected), let right = number(actual) {
                return left == right ? nil : "\(path): \(right), expected \(left)"
            }
            return expected == actual ? nil : "\(path): \(describe(actual)), expected \(describe(expected))"
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        (try? String(decoding: JSONCoding.encode(value), as: UTF8.self)) ?? "\(value)"
    }
}

/// Runs example cases and counts what was verified.
public enum ExampleConformance {
    public struct Report: Sendable {
        public var examples = 0
        public var requests = 0
        public var responseBodies = 0
        public var missing = 0
        public var failures: [String] = []
        public var notes: [String] = []

        public var summary: String {
            "example conformance: \(examples) examples, \(requests) requests, \(responseBodies) response bodies verified, \(missing) missing"
        }

        public var liveSummary: String {
            "live examples: \(examples) examples, \(requests) client calls, \(responseBodies) results verified, \(missing) missing"
        }
    }

    /// Calls the generated client for every example against a server (the mock) and compares what
    /// it returns with the example's response.
    public static func runLive(_ cases: [ExampleCase], relativeTo directory: URL, context: LiveExampleContext) async -> Report {
        var report = Report()
        for exampleCase in cases where exampleCase.live != nil {
            guard let (run, label) = load(exampleCase, relativeTo: directory, into: &report), let live = exampleCase.live else { continue }
            do {
                let result = try await live(run, context)
                report.requests += 1
                if let expected = run.expectedLiveResult() {
                    guard let result else { throw ExampleMismatch(description: "the client returned nothing; the example has a body") }
                    if let difference = JSONComparison.difference(expected: expected, actual: result, path: "result") {
                        throw ExampleMismatch(description: "live result differs: \(difference)")
                    }
                    report.responseBodies += 1
                }
            } catch {
                report.failures.append("\(label): \(error)")
            }
        }
        return report
    }

    /// Builds each example's request and decodes each of its responses, offline.
    public static func run(_ cases: [ExampleCase], relativeTo directory: URL) -> Report {
        var report = Report()
        for exampleCase in cases {
            guard let (run, label) = load(exampleCase, relativeTo: directory, into: &report) else { continue }
            let declared = Set(exampleCase.declaredParameters.map { $0.lowercased() })
            for name in run.parameters.keys.sorted() where !declared.contains(name.lowercased()) {
                report.notes.append("note: \(label): example parameter '\(name)' is not declared by the operation; ignored")
            }
            do {
                try exampleCase.run(run)
                report.requests += run.requestsVerified
                report.responseBodies += run.bodiesVerified
            } catch {
                report.failures.append("\(label): \(error)")
            }
        }
        return report
    }

    /// Reads one example file, counting it as present or missing; a file that does not parse is a failure.
    private static func load(_ exampleCase: ExampleCase, relativeTo directory: URL, into report: inout Report) -> (ExampleRun, String)? {
        let url = directory.appendingPathComponent(exampleCase.file).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            report.missing += 1
            return nil
        }
        report.examples += 1
        let label = "\(exampleCase.operationId) (\(url.lastPathComponent))"
        do {
            return (try ExampleRun(exampleCase: exampleCase, document: JSONValue.parse(data)), label)
        } catch {
            report.failures.append("\(label): \(error)")
            return nil
        }
    }
}
