import Foundation
import SpecGenCore
import SpecGenRuntime
import SpecGenTesting

/// Plays a contract's service: matches method and path template, validates the request against
/// the contract (parameters and body), and answers with the example the client prefers
/// (`Prefer: example=NAME`, `Prefer: code=STATUS`), else the example that fits the request best,
/// else a response made from the schema. Long-running operations answer 202 and are polled through
/// status monitors it serves itself. With `Options.proxy` it forwards every request to a real
/// service instead and logs where request or response break the contract.
public actor MockService {
    public struct Options: Sendable {
        /// Status monitor polls that answer `InProgress` before `Succeeded`.
        public var pollsBeforeDone: Int
        /// `Retry-After` sent with 202s and monitors (seconds).
        public var retryAfter: Int
        /// Split list responses into pages of this many items, linked by `nextLink` (nil: no split).
        public var pageSize: Int?
        /// Check each request against the contract and answer 400 when it breaks it.
        public var validatesRequests: Bool
        /// Answer with the contract's examples where one fits (false: always from the schema).
        public var usesExamples: Bool
        /// Forward every request to this service, pass its answer back unchanged, and log each way
        /// request or response breaks the contract (nil: answer as a mock).
        public var proxy: URL?
        /// Called with one line per request, and in proxy mode one per violation.
        public var log: @Sendable (String) -> Void

        public init(pollsBeforeDone: Int = 1, retryAfter: Int = 0, pageSize: Int? = nil, validatesRequests: Bool = true,
                    usesExamples: Bool = true, proxy: URL? = nil, log: @escaping @Sendable (String) -> Void = { print($0) }) {
            self.pollsBeforeDone = pollsBeforeDone
            self.retryAfter = retryAfter
            self.pageSize = pageSize
            self.validatesRequests = validatesRequests
            self.usesExamples = usesExamples
            self.proxy = proxy
            self.log = log
        }
    }

    private struct PendingOperation {
        var pollsLeft: Int
        var finalStatus: Int
        var finalBody: JSONValue?
        var resourcePath: String?
    }

    /// What answered a request, for the log line.
    private enum Source {
        case example(String)
        case schema
        case stored
        case none
    }

    private let operations: [MockOperation]
    private let options: Options
    private let forwarder: ProxyForwarder?
    private var baseURL = URL(string: "http://127.0.0.1")!
    private var examples: [String: JSONValue] = [:]
    private var pending: [String: PendingOperation] = [:]
    private var pages: [String: [JSONValue]] = [:]
    /// Bodies of resources that long-running PUT/PATCH operations finished, served on GET.
    private var resources: [String: JSONValue] = [:]
    private var counter = 0

    /// Serves the operations of one or more contracts (as `GeneratorPipeline.contract` reads them).
    public init(contracts: [Contract], options: Options = Options()) {
        let patterns = PatternCache()
        operations = contracts.flatMap { contract in
            let schemas = ContractSchemas(contract)
            return contract.operations.map { MockOperation($0, basePath: contract.basePath, schemas: schemas, patterns: patterns) }
        }
        self.options = options
        forwarder = options.proxy.map(ProxyForwarder.init)
    }

    /// Loads one contract (files or folders) the way `specgen generate --spec` does.
    public static func load(specPaths: [String], options: Options = Options()) throws -> MockService {
        MockService(contracts: [try GeneratorPipeline.contract(specPaths: specPaths)], options: options)
    }

    /// Loads every module of a specgen config.
    public static func load(config path: String, options: Options = Options()) throws -> MockService {
        let config = try GeneratorConfig.load(path: path)
        let root = (config.path as NSString).deletingLastPathComponent
        let contracts = try config.modules.map { try GeneratorPipeline.contract(specPaths: $0.specs, displayRoot: root) }
        return MockService(contracts: contracts, options: options)
    }

    /// Serves on 127.0.0.1 (port 0: an ephemeral port).
    public func start(port: Int = 0) async throws -> LoopbackServer {
        let server = try await LoopbackServer.start(port: port) { request in await self.handle(request) }
        baseURL = server.baseURL
        return server
    }

    public func handle(_ request: MockRequest) async -> MockResponse {
        if let forwarder { return await proxy(request, through: forwarder) }
        let (response, operationId, source) = answer(request)
        var line = "\(request.method) \(request.target) -> \(response.status)" + (operationId.map { " (\($0))" } ?? "")
        switch source {
        case .example(let name): line += " example \(name)"
        case .schema: line += " from the schema"
        case .stored: line += " stored resource"
        case .none: break
        }
        options.log(line)
        var headers = response.headers
        headers.append(("x-ms-request-id", UUID().uuidString.lowercased()))
        if let id = request.header("x-ms-client-request-id") { headers.append(("x-ms-client-request-id", id)) }
        return MockResponse(status: response.status, headers: headers, body: response.body)
    }

    private func answer(_ request: MockRequest) -> (MockResponse, String?, Source) {
        let segments = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        if segments.first == "__mock" { return (answerInternal(segments, request), nil, .none) }
        guard let (operation, pathValues) = match(request.method, segments, query: request.query) else {
            return (error(404, "NotFound", "no operation of the contract matches \(request.method) \(request.path)"), nil, .none)
        }
        let id = operation.operationId
        if options.validatesRequests {
            let violations = operation.requestViolations(pathValues: pathValues, request: request)
            if !violations.isEmpty { return (invalidRequest(violations, operation: operation), id, .none) }
        }
        var preference = MockPreference(headers: request.headers)
        if let name = preference.example, operation.example(named: name) == nil,
           operations.contains(where: { $0.example(named: name) != nil }) {
            // An example of another operation: this request follows it up (the final GET of a
            // long-running PUT), and is answered as if nothing were preferred.
            preference.example = nil
        }
        if let invalid = preference.invalidCode {
            return (error(400, "InvalidPreference", "Prefer: code=\(invalid) is not a status code"), id, .none)
        }
        if preference.isEmpty, request.method == "GET", let stored = resources[request.path.lowercased()] {
            return (json(200, stored), id, .stored)
        }
        var chosen: (name: String, document: JSONValue)?
        if let name = preference.example {
            guard let example = operation.example(named: name), let document = load(example) else {
                let names = operation.operation.examples.filter(isPresent).map { MockOperation.names(of: $0).last ?? $0.title }
                return (error(404, "ExampleNotFound", "\(id) has no example named '\(name)'"
                              + " (present: \(names.isEmpty ? "none" : names.joined(separator: ", ")))"), id, .none)
            }
            chosen = (MockOperation.names(of: example).last ?? example.title, document)
        } else if options.usesExamples {
            chosen = chooseExample(operation, pathValues: pathValues, request: request)
        }
        let source: Source = chosen.map { .example($0.name) } ?? .schema
        let responses = chosen?.document["responses"]
        if operation.operation.isLongRunning && (preference.code ?? 202) < 300 {
            return (beginLongRunning(operation, responses: responses, request: request, preferred: preference.code), id, source)
        }
        let status = preference.code ?? successStatus(in: responses) ?? operation.successStatus
        return (respond(operation, status: status, entry: responses?[String(status)], request: request,
                        explicit: preference.code != nil), id, responses?[String(status)] == nil ? .schema : source)
    }

    /// The answer for one status: the example's entry when it has one, else made from the schema.
    private func respond(_ operation: MockOperation, status: Int, entry: JSONValue?, request: MockRequest, explicit: Bool) -> MockResponse {
        let path = request.path.lowercased()
        let success = (200..<300).contains(status)
        if request.method == "DELETE", success { resources[path] = nil }
        if let entry {
            var headers = exampleHeaders(entry)
            guard var body = entry["body"] else { return MockResponse(status: status, headers: headers) }
            if operation.operation.pageable != nil {
                body = page(body, operation: operation, request: request)
            }
            if success, ["PUT", "PATCH"].contains(request.method) { resources[path] = body }
            guard success else {
                headers.append(("Content-Type", "application/json"))
                return MockResponse(status: status, headers: headers, body: encode(body))
            }
            // In the media type the operation produces: XML, bytes or text where it is not JSON.
            let answer = MockAnswerEncoding.encode(body, schema: operation.response(for: status)?.schema, operation: operation, json: encode)
            headers.append(("Content-Type", answer.contentType))
            return MockResponse(status: status, headers: headers, body: answer.body)
        }
        if explicit, operation.response(for: status) == nil {
            return error(404, "NoSuchResponse", "\(operation.operationId) documents no response \(status)")
        }
        guard request.method != "HEAD", status != 204, let schema = operation.response(for: status)?.schema else {
            return MockResponse(status: status)
        }
        var body = operation.sampler(.response).sample(schema)
        var headers: [(name: String, value: String)] = []
        if status >= 400 {
            body = describeError(body, status: status)
            if let code = body["error"]?["code"]?.stringValue { headers.append(("x-ms-error-code", code)) }
        } else if operation.operation.pageable != nil {
            body = page(body, operation: operation, request: request)
        } else {
            body = resource(body, schema: schema, operation: operation, request: request)
            if ["PUT", "PATCH"].contains(request.method) { resources[path] = body }
            let answer = MockAnswerEncoding.encode(body, schema: schema, operation: operation, json: encode)
            return MockResponse(status: status, headers: [("Content-Type", answer.contentType)] + headers, body: answer.body)
        }
        return json(status, body, headers: headers)
    }

    /// A resource made from the schema, as a GET, PUT or PATCH of its URL gives it: named after the
    /// URL, with what a PUT or PATCH sent laid over it (a PATCH over the resource as last stored).
    private func resource(_ made: JSONValue, schema: Schema, operation: MockOperation, request: MockRequest) -> JSONValue {
        guard ["GET", "PUT", "PATCH"].contains(request.method) else { return made }
        var body = naming(made, path: request.path, schema: schema, operation: operation)
        if request.method == "PATCH", let stored = resources[request.path.lowercased()] { body = stored }
        if request.method != "GET", let sent = try? JSONValue.parse(request.body) { body = Self.overlay(sent, on: body) }
        return body
    }

    /// A 400 `ErrorResponse` whose message names every violation (pointer and rule), with one
    /// detail each.
    private func invalidRequest(_ violations: [ContractViolation], operation: MockOperation) -> MockResponse {
        let code: String
        switch violations[0].part {
        case .body: code = "InvalidRequestContent"
        case .path, .query, .header: code = violations[0].rule == "is required" ? "MissingParameter" : "InvalidParameter"
        case .status: code = "InvalidRequest"
        }
        let details = violations.map { violation in
            JSONValue.object(["code": .string(code), "message": .string(violation.description), "target": .string(violation.target)])
        }
        let message = violations.map(\.description).joined(separator: "; ") + " (\(operation.operationId))"
        let body: JSONValue = .object(["error": .object([
            "code": .string(code), "message": .string(message), "target": .string(violations[0].target), "details": .array(details),
        ])])
        return json(400, body, headers: [("x-ms-error-code", code)])
    }

    // MARK: Matching

    private func match(_ method: String, _ segments: [String], query: [String: String]) -> (MockOperation, [String: String])? {
        var best: (operation: MockOperation, values: [String: String], score: Int)?
        for operation in operations where operation.method == method {
            guard let found = operation.match(segments, query: query) else { continue }
            if found.score > (best?.score ?? -1) { best = (operation, found.values, found.score) }
        }
        return best.map { ($0.operation, $0.values) }
    }

    // MARK: Examples

    private func isPresent(_ example: ContractExample) -> Bool {
        switch example.source {
        case .file(_, _, let isPresent): return isPresent
        case .inline: return true
        }
    }

    /// The example that fits the request best, deterministically: equal body counts most, then each
    /// path value it shares; a tie goes to the example the contract lists first.
    private func chooseExample(_ operation: MockOperation, pathValues: [String: String], request: MockRequest) -> (name: String, document: JSONValue)? {
        let body = try? JSONValue.parse(request.body)
        var best: (name: String, document: JSONValue, score: Int)?
        for example in operation.operation.examples where isPresent(example) {
            guard let document = load(example) else { continue }
            var score = 0
            for (name, value) in pathValues where document["parameters"]?[name]?.stringValue?.lowercased() == value.lowercased() {
                score += 1
            }
            if let bodyName = operation.bodyParameter?.name, let expected = document["parameters"]?[bodyName], let body,
               JSONComparison.difference(expected: expected, actual: body, path: "") == nil {
                score += 100
            }
            if score > (best?.score ?? -1) { best = (MockOperation.names(of: example).last ?? example.title, document, score) }
        }
        return best.map { ($0.name, $0.document) }
    }

    private func load(_ example: ContractExample) -> JSONValue? {
        switch example.source {
        case .inline(let value):
            return value
        case .file(_, let path, _):
            if let cached = examples[path] { return cached }
            guard let data = FileManager.default.contents(atPath: path), let value = try? JSONValue.parse(data) else { return nil }
            examples[path] = value
            return value
        }
    }

    private func responsesObject(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let members)? = value { return members }
        return [:]
    }

    /// The success status an example answers with: 200 when it has one, else its lowest 2xx.
    private func successStatus(in responses: JSONValue?) -> Int? {
        let codes = responsesObject(responses).keys.compactMap { Int($0) }.filter { (200..<300).contains($0) }.sorted()
        return codes.contains(200) ? 200 : codes.first
    }

    /// Example headers, except the polling URLs that point at the real service.
    private func exampleHeaders(_ entry: JSONValue?) -> [(name: String, value: String)] {
        let skipped: Set<String> = ["location", "azure-asyncoperation", "operation-location", "retry-after", "content-length", "content-type"]
        return responsesObject(entry?["headers"]).sorted { $0.key < $1.key }.compactMap { name, value in
            guard !skipped.contains(name.lowercased()) else { return nil }
            switch value {
            case .string(let text): return (name, text)
            case .integer(let number): return (name, String(number))
            default: return nil
            }
        }
    }

    // MARK: Responses from the schema

    /// A resource made from the schema names itself after the request: `id` is the path, `name`
    /// its last segment (when the contract puts no pattern or format on them).
    private func naming(_ body: JSONValue, path: String, schema: Schema, operation: MockOperation) -> JSONValue {
        guard case .object(var members) = body else { return body }
        let shape = operation.schemas.shape(of: schema)
        func plain(_ name: String) -> Bool {
            guard let property = shape.property(name), operation.schemas.type(of: property) == "string",
                  [nil, "arm-id"].contains(operation.schemas.format(of: property)),
                  operation.schemas.enumeration(of: property) == nil else { return false }
            return !operation.schemas.constraints(of: property).hasBounds
        }
        guard case .string? = members["id"], plain("id") else { return body }
        members["id"] = .string(path)
        if case .string? = members["name"], plain("name"), let last = path.split(separator: "/").last {
            members["name"] = .string(String(last).removingPercentEncoding ?? String(last))
        }
        return .object(members)
    }

    /// An ARM `ErrorResponse` made from the schema says which status it stands for.
    private func describeError(_ body: JSONValue, status: Int) -> JSONValue {
        guard case .object(var members) = body, case .object(var detail)? = members["error"] else { return body }
        detail["code"] = .string(Self.reasons[status] ?? "Status\(status)")
        detail["message"] = .string("specgen-mock answers \(status) from the contract's schema, as the request's Prefer asked")
        members["error"] = .object(detail)
        return .object(members)
    }

    private static let reasons: [Int: String] = [
        400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 405: "MethodNotAllowed", 409: "Conflict",
        412: "PreconditionFailed", 422: "UnprocessableEntity", 429: "TooManyRequests", 500: "InternalServerError",
        502: "BadGateway", 503: "ServiceUnavailable", 504: "GatewayTimeout",
    ]

    /// A body the client sent, laid over a value made from the schema: members it sent win.
    private static func overlay(_ sent: JSONValue, on made: JSONValue) -> JSONValue {
        guard case .object(let sentMembers) = sent, case .object(var members) = made else { return sent }
        for (name, value) in sentMembers { members[name] = members[name].map { overlay(value, on: $0) } ?? value }
        return .object(members)
    }

    // MARK: Long-running operations

    private func beginLongRunning(_ operation: MockOperation, responses: JSONValue?, request: MockRequest, preferred: Int?) -> MockResponse {
        let members = responsesObject(responses)
        let method = request.method
        let documented = operation.operation.responses.compactMap(\.statusCode)
        let finalCode = [preferred].compactMap { $0 }.first { [200, 201, 204].contains($0) }
            ?? [200, 201, 204].first { members[String($0)] != nil }
            ?? [200, 201, 204].first { documented.contains($0) }
            ?? (method == "DELETE" ? 204 : 200)
        counter += 1
        let id = "op\(counter)"
        let path = request.path.lowercased()
        let isResource = method == "PUT" || method == "PATCH"
        var finalBody = members[String(finalCode)]?["body"]
        if finalBody == nil, finalCode != 204, let schema = operation.bodySchema(for: finalCode) {
            // No final body in the example: made from the schema.
            finalBody = resource(operation.sampler(.response).sample(schema), schema: schema, operation: operation, request: request)
        }
        if method == "DELETE" { resources[path] = nil }
        pending[id] = PendingOperation(pollsLeft: options.pollsBeforeDone, finalStatus: finalCode, finalBody: finalBody,
                                       resourcePath: isResource ? path : nil)
        let apiVersion = request.query["api-version"].map { "?api-version=" + PercentEncoding.encode($0) } ?? ""
        return MockResponse(status: 202, headers: [
            ("Azure-AsyncOperation", baseURL.absoluteString + "/__mock/operations/\(id)" + apiVersion),
            ("Location", baseURL.absoluteString + "/__mock/results/\(id)" + apiVersion),
            ("Retry-After", String(options.retryAfter)),
        ])
    }

    private func answerInternal(_ segments: [String], _ request: MockRequest) -> MockResponse {
        guard segments.count >= 3 else { return error(404, "NotFound", "unknown mock resource \(request.path)") }
        let id = segments[2]
        switch segments[1] {
        case "operations":
            guard var operation = pending[id] else { return error(404, "NotFound", "unknown operation \(id)") }
            if operation.pollsLeft > 0 {
                operation.pollsLeft -= 1
                pending[id] = operation
                return json(200, .object(["name": .string(id), "status": .string("InProgress")]),
                            headers: [("Retry-After", String(options.retryAfter))])
            }
            complete(id)
            return json(200, .object(["name": .string(id), "status": .string("Succeeded")]))
        case "results":
            guard let operation = pending[id] else { return error(404, "NotFound", "unknown operation \(id)") }
            if operation.pollsLeft > 0 {
                pending[id]?.pollsLeft -= 1
                return MockResponse(status: 202, headers: [("Location", baseURL.absoluteString + request.target),
                                                          ("Retry-After", String(options.retryAfter))])
            }
            complete(id)
            guard let body = operation.finalBody else { return MockResponse(status: 204) }
            return json(operation.finalStatus == 201 ? 200 : operation.finalStatus, body)
        case "pages":
            guard segments.count == 4, let index = Int(segments[3]), let stored = pages[id], stored.indices.contains(index) else {
                return error(404, "NotFound", "unknown page \(request.path)")
            }
            return json(200, stored[index])
        default:
            return error(404, "NotFound", "unknown mock resource \(request.path)")
        }
    }

    private func complete(_ id: String) {
        guard let operation = pending[id] else { return }
        pending[id]?.pollsLeft = 0
        if let path = operation.resourcePath, let body = operation.finalBody { resources[path] = body }
    }

    // MARK: Paging

    /// A list body as the mock serves it: without the next link an example or the schema gave
    /// (it would lead to the real service, or nowhere), then split into pages when asked.
    private func page(_ body: JSONValue, operation: MockOperation, request: MockRequest) -> JSONValue {
        var body = body
        if case .object(var members) = body {
            if let next = operation.operation.pageable?.nextLinkName { members[next] = nil }
            body = .object(members)
        }
        guard let pageSize = options.pageSize else { return body }
        return firstPage(body, operation: operation, pageSize: pageSize, apiVersion: request.query["api-version"])
    }

    /// Splits the item array into pages stored for `/__mock/pages/{id}/{n}`; returns the first.
    private func firstPage(_ body: JSONValue, operation: MockOperation, pageSize: Int, apiVersion: String?) -> JSONValue {
        let itemName = operation.operation.pageable?.itemName ?? "value"
        let nextName = operation.operation.pageable?.nextLinkName ?? "nextLink"
        guard case .object(let members) = body, case .array(let items)? = members[itemName], items.count > pageSize, pageSize > 0 else {
            return body
        }
        counter += 1
        let id = "list\(counter)"
        let chunks = stride(from: 0, to: items.count, by: pageSize).map { Array(items[$0..<min($0 + pageSize, items.count)]) }
        let query = apiVersion.map { "?api-version=" + PercentEncoding.encode($0) } ?? ""
        var stored: [JSONValue] = []
        for (index, chunk) in chunks.enumerated() {
            var page = members
            page[itemName] = .array(chunk)
            page[nextName] = index + 1 < chunks.count ? .string(baseURL.absoluteString + "/__mock/pages/\(id)/\(index + 1)" + query) : nil
            stored.append(.object(page))
        }
        pages[id] = stored
        return stored[0]
    }

    // MARK: Checking against the contract

    /// What a request (and, when given, the answer to it) breaks of the contract, as proxy mode
    /// checks it: the operation the request matched with the violations of each; nil when no
    /// operation matches.
    public func violations(of request: MockRequest, answer: MockResponse? = nil)
        -> (operationId: String, request: [ContractViolation], response: [ContractViolation])? {
        let segments = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        guard let (operation, pathValues) = match(request.method, segments, query: request.query) else { return nil }
        let response = answer.map { operation.responseViolations(status: $0.status, headers: $0.headers, body: $0.body) } ?? []
        return (operation.operationId, operation.requestViolations(pathValues: pathValues, request: request), response)
    }

    /// Forwards to the real service, answers what it answered, and logs one line per request and
    /// one per violation: `violation: Servers_Get response 200 /properties/state must be string, found integer`.
    private func proxy(_ request: MockRequest, through forwarder: ProxyForwarder) async -> MockResponse {
        let response: MockResponse
        do {
            response = try await forwarder.forward(request)
        } catch {
            options.log("\(request.method) \(request.target) -> 502 (proxy: \(error))")
            return self.error(502, "BadGateway", "specgen-mock could not reach \(forwarder.upstream.absoluteString): \(error)")
        }
        let found = violations(of: request, answer: response)
        options.log("\(request.method) \(request.target) -> \(response.status)" + (found.map { " (\($0.operationId))" } ?? "")
                    + " via \(forwarder.upstream.absoluteString)")
        guard let found else {
            options.log("violation: no operation of the contract matches \(request.method) \(request.path)")
            return response
        }
        for violation in found.request { options.log("violation: \(found.operationId) request \(violation)") }
        for violation in found.response { options.log("violation: \(found.operationId) response \(response.status) \(violation)") }
        return response
    }

    // MARK: Responses

    private func json(_ status: Int, _ value: JSONValue, headers: [(name: String, value: String)] = []) -> MockResponse {
        MockResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: encode(value))
    }

    /// Members in name order, so the same answer is the same bytes.
    private func encode(_ value: JSONValue) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data()
    }

    /// An ARM `ErrorResponse`, with `x-ms-error-code`.
    private func error(_ status: Int, _ code: String, _ message: String, target: String? = nil) -> MockResponse {
        var detail: [String: JSONValue] = ["code": .string(code), "message": .string(message)]
        if let target { detail["target"] = .string(target) }
        return json(status, .object(["error": .object(detail)]), headers: [("x-ms-error-code", code)])
    }
}
