import Foundation
import HTTPTypes
import SpecGenRuntime

/// The example being checked: hands its parameters to the generated builder, then checks the
/// request it built and decodes, re-encodes and compares each response body.
public final class ExampleRun {
    /// One entry of the example's `responses`.
    public typealias ExampleResponse = (status: String, headers: [String: String], body: JSONValue?)

    public let exampleCase: ExampleCase
    public let parameters: [String: JSONValue]
    public let responses: [ExampleResponse]
    private(set) var requestsVerified = 0
    private(set) var bodiesVerified = 0
    /// Paths of example members the contract does not declare, which were not compared.
    private(set) var undeclaredMembers: [String] = []
    /// Why a request body was not compared with the example (its media type is not JSON, it streams).
    private(set) var uncomparedBodies: [String] = []
    /// The members the body parameter's type declares, learned when the builder asked for it.
    private var declaredBodyMembers = DeclaredMembers.everything

    init(exampleCase: ExampleCase, document: JSONValue) throws {
        self.exampleCase = exampleCase
        guard case .object(let parameters)? = document["parameters"] else {
            throw ExampleMismatch(description: "example has no 'parameters' object")
        }
        self.parameters = parameters
        var responses: [ExampleResponse] = []
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

    // MARK: Parameters

    /// The example's value of a required parameter, decoded as the builder's argument type.
    public func parameter<T: Decodable>(_ name: String) throws -> T {
        guard let value = try optionalParameter(name) as T? else {
            throw ExampleMismatch(description: "example lacks the required parameter '\(name)'")
        }
        return value
    }

    public func optionalParameter<T: Decodable>(_ name: String) throws -> T? {
        guard let value = lookup(name) else { return nil }
        let decoded: T
        do {
            decoded = try JSONCoding.decode(T.self, from: JSONCoding.encode(value))
        } catch let error as DecodingError {
            let (path, reason) = ResponseDecoding.describe(error)
            throw ExampleMismatch(description: "parameter '\(name)' does not decode as \(T.self) at \(path.isEmpty ? "<root>" : path): \(reason)")
        }
        if name == exampleCase.bodyParameter { declaredBodyMembers = DeclaredMembers.of(value, as: T.self) }
        return decoded
    }

    /// A binary body parameter (`RequestBody`): the example's string as its UTF-8 bytes, any other
    /// value as its JSON (examples write bytes as text).
    public func parameter(_ name: String) throws -> RequestBody {
        guard let value = try optionalParameter(name) as RequestBody? else {
            throw ExampleMismatch(description: "example lacks the required parameter '\(name)'")
        }
        return value
    }

    public func optionalParameter(_ name: String) throws -> RequestBody? {
        guard let value = lookup(name) else { return nil }
        if case .string(let text) = value { return .data(Data(text.utf8)) }
        return .data(try JSONCoding.encode(value))
    }

    /// A form's file parameter (`FormFile`): the example's string as the file's bytes.
    public func parameter(_ name: String) throws -> FormFile {
        guard let value = try optionalParameter(name) as FormFile? else {
            throw ExampleMismatch(description: "example lacks the required parameter '\(name)'")
        }
        return value
    }

    public func optionalParameter(_ name: String) throws -> FormFile? {
        guard let body = try optionalParameter(name) as RequestBody?, let data = body.bufferedData else { return nil }
        return FormFile(data, fileName: name)
    }

    // MARK: Verification

    /// `verify` for an operation whose body may stream: bytes in memory are compared, a file or
    /// a sequence is noted and left alone (reading it here could consume it).
    public func verify<Response: OperationResponse>(
        request built: (request: HTTPRequest, body: RequestBody?), responses type: Response.Type,
        body: (Response) -> (any Codable & Sendable)?
    ) throws {
        if let streamed = built.body, streamed.bufferedData == nil {
            uncomparedBodies.append("the request body streams (a file or chunks); not compared")
            try verify(request: (request: built.request, body: nil as Data?), responses: type, body: body)
            return
        }
        try verify(request: (request: built.request, body: built.body?.bufferedData), responses: type, body: body)
    }

    /// Checks the built request, then every response of the example: decoded as `Response`, its
    /// body taken out by `body` (the switch over the operation's cases), re-encoded and compared.
    public func verify<Response: OperationResponse>(
        request built: (request: HTTPRequest, body: Data?), responses type: Response.Type,
        body: (Response) -> (any Codable & Sendable)?
    ) throws {
        try verifyRequest(built.request, body: built.body)
        for response in responses {
            try verifyResponse(response) { http, data in body(try Response(response: http, body: data)) }
        }
    }

    /// Checks the built request of an operation that documents no status code, only `default`,
    /// then decodes every success answer of the example with the `default` schema (nil: no body).
    public func verify(
        request built: (request: HTTPRequest, body: Data?), defaultResponse schema: (any (Codable & Sendable).Type)?
    ) throws {
        try verifyRequest(built.request, body: built.body)
        for response in responses {
            try verifyResponse(response) { http, data in
                guard http.status.code < 400 else { throw ServiceError(response: http, body: data) }
                guard let schema else { return nil }
                return try Self.decode(schema, from: data, response: http)
            }
        }
    }

    private static func decode<Body: Codable & Sendable>(_ type: Body.Type, from data: Data, response: HTTPResponse) throws -> any Codable & Sendable {
        try ResponseDecoding.body(type, from: data, response: response)
    }

    private func verifyRequest(_ request: HTTPRequest, body: Data?) throws {
        guard request.method.rawValue == exampleCase.method else {
            throw ExampleMismatch(description: "method \(request.method.rawValue), expected \(exampleCase.method)")
        }
        let fullPath = request.path ?? ""
        let parts = fullPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let expectedPath = try expandTemplate()
        guard WireTextEquivalence.samePath(expected: expectedPath, actual: String(parts[0])) else {
            throw ExampleMismatch(description: "path \(parts[0]), expected \(expectedPath)")
        }
        try verifyQuery(parts.count > 1 ? String(parts[1]) : "")
        let contentType = request.headerFields[.contentType] ?? "application/json"
        let isJSON = contentType.lowercased().contains("json")
        if let bodyName = exampleCase.bodyParameter, lookup(bodyName) != nil, body != nil, !isJSON {
            // Examples are JSON; an XML document, text or bytes is another spelling of them.
            uncomparedBodies.append("request body sent as \(contentType); examples are JSON, so it is not compared")
        } else if let bodyName = exampleCase.bodyParameter, let expected = lookup(bodyName), uncomparedBodies.isEmpty {
            guard let body else { throw ExampleMismatch(description: "request has no body, the example has one") }
            let actual = try JSONValue.parse(body)
            if let difference = JSONComparison.difference(expected: expected, actual: actual, path: bodyName,
                                                          declared: declaredBodyMembers, undeclared: &undeclaredMembers) {
                throw ExampleMismatch(description: "request body: \(difference)")
            }
        }
        requestsVerified += 1
    }

    /// Each query parameter the example gives, as the contract puts it on the wire: an array's
    /// items joined by the parameter's own separator, or the parameter repeated (`multi`).
    private func verifyQuery(_ query: String) throws {
        var sent: [String: [String]] = [:]
        for pair in query.split(separator: "&") {
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(halves[0]).removingPercentEncoding ?? String(halves[0])
            sent[name, default: []].append(halves.count > 1 ? (String(halves[1]).removingPercentEncoding ?? String(halves[1])) : "")
        }
        for parameter in exampleCase.queryParameters {
            guard let value = lookup(parameter.name) else { continue }
            let actual = sent[parameter.name] ?? []
            if parameter.isArray, case .array(let items) = value {
                let texts = items.map(ExampleRun.text)
                let expected = parameter.separator.map { [texts.joined(separator: $0)] } ?? texts
                guard actual.count == expected.count,
                      zip(expected, actual).allSatisfy({ WireTextEquivalence.same(expected: $0, actual: $1) }) else {
                    throw ExampleMismatch(description: "query \(parameter.name) sent as \(actual), expected \(expected)")
                }
                continue
            }
            let expected = ExampleRun.text(value)
            guard actual.count == 1, WireTextEquivalence.same(expected: expected, actual: actual[0]) else {
                throw ExampleMismatch(description: "query \(parameter.name)=\(actual.first ?? "<absent>"), expected \(expected)")
            }
        }
    }

    /// Decodes one example response with `decode`; an error status is meant to throw, and the
    /// body of any other is re-encoded and compared with the example.
    private func verifyResponse(
        _ response: ExampleResponse, decode: (HTTPResponse, Data) throws -> (any Codable & Sendable)?
    ) throws {
        guard let code = Int(response.status) else { return }
        var fields = HTTPFields()
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        if let mediaType = exampleCase.responseMediaType, response.body != nil, code < 400 {
            uncomparedBodies.append("response \(code) comes as \(mediaType); examples are JSON, so its body is not decoded")
            return
        }
        let data = try response.body.map { try JSONCoding.encode($0) } ?? Data()
        let decoded: (any Codable & Sendable)?
        do {
            decoded = try decode(HTTPResponse(status: .init(code: code), headerFields: fields), data)
        } catch is ServiceError where code >= 400 {
            return
        }
        guard let expected = response.body else { return }
        guard let decoded else {
            throw ExampleMismatch(description: "response \(code) has a body in the example but none in the contract")
        }
        if let difference = try roundTripDifference(decoded, expected: expected, path: "responses.\(code).body") {
            throw ExampleMismatch(description: "response \(code) does not round-trip: \(difference)")
        }
        bodiesVerified += 1
    }

    /// `value` re-encoded and compared with `expected`, in the members its type declares.
    private func roundTripDifference<Body: Codable>(_ value: Body, expected: JSONValue, path: String) throws -> String? {
        let actual = try JSONValue.parse(JSONCoding.encode(value))
        return JSONComparison.difference(expected: expected, actual: actual, path: path,
                                         declared: DeclaredMembers.of(expected, as: Body.self), undeclared: &undeclaredMembers)
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
