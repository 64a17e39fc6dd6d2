import Foundation
import SpecGenCore
import SpecGenRuntime
import SpecGenTesting

/// Plays a contract's service from its `x-ms-examples`: matches method and path template,
/// validates parameters against the contract, answers the example's response; long-running
/// operations answer 202 and are polled through status monitors it serves itself.
public actor MockService {
    public struct Options: Sendable {
        /// Status monitor polls that answer `InProgress` before `Succeeded`.
        public var pollsBeforeDone: Int
        /// `Retry-After` sent with 202s and monitors (seconds).
        public var retryAfter: Int
        /// Split list responses into pages of this many items, linked by `nextLink` (nil: no split).
        public var pageSize: Int?
        /// Called with one line per request.
        public var log: @Sendable (String) -> Void

        public init(pollsBeforeDone: Int = 1, retryAfter: Int = 0, pageSize: Int? = nil,
                    log: @escaping @Sendable (String) -> Void = { print($0) }) {
            self.pollsBeforeDone = pollsBeforeDone
            self.retryAfter = retryAfter
            self.pageSize = pageSize
            self.log = log
        }
    }

    private struct PendingOperation {
        var pollsLeft: Int
        var finalStatus: Int
        var finalBody: JSONValue?
        var resourcePath: String?
    }

    private let operations: [OperationDecl]
    private let patterns: [String: ValidationPattern]
    private let moduleOfOperation: [String: String]
    private let options: Options
    private var baseURL = URL(string: "http://127.0.0.1")!
    private var examples: [String: JSONValue] = [:]
    private var pending: [String: PendingOperation] = [:]
    private var pages: [String: [JSONValue]] = [:]
    /// Bodies of resources that long-running PUT/PATCH operations finished, served on GET.
    private var resources: [String: JSONValue] = [:]
    private var counter = 0

    /// Serves the operations of one or more lowered contracts.
    public init(modules: [SwiftModule], options: Options = Options()) {
        operations = modules.flatMap { $0.groups.flatMap(\.operations) }
        // Pattern names are per module; key them by source so modules cannot clash.
        var byName: [String: ValidationPattern] = [:]
        for module in modules {
            for (name, source) in module.patterns { byName[module.name + "." + name] = ValidationPattern(source) }
        }
        patterns = byName
        moduleOfOperation = Dictionary(modules.flatMap { module in module.groups.flatMap(\.operations).map { ($0.operationId, module.name) } },
                                       uniquingKeysWith: { first, _ in first })
        self.options = options
    }

    /// Loads one contract (files or folders) the way `specgen generate --spec` does.
    public static func load(specPaths: [String], options: Options = Options()) throws -> MockService {
        MockService(modules: [try GeneratorPipeline.module(specPaths: specPaths, options: GenerationOptions(moduleName: "Mock"))], options: options)
    }

    /// Loads every module of a specgen config.
    public static func load(config path: String, options: Options = Options()) throws -> MockService {
        let config = try GeneratorConfig.load(path: path)
        let root = (config.path as NSString).deletingLastPathComponent
        let modules = try config.modules.map { module in
            try GeneratorPipeline.module(specPaths: module.specs, options: GenerationOptions(moduleName: module.name), displayRoot: root)
        }
        return MockService(modules: modules, options: options)
    }

    /// Serves on 127.0.0.1 (port 0: an ephemeral port).
    public func start(port: Int = 0) async throws -> LoopbackServer {
        let server = try await LoopbackServer.start(port: port) { request in await self.handle(request) }
        baseURL = server.baseURL
        return server
    }

    public func handle(_ request: MockRequest) async -> MockResponse {
        let (response, operationId) = answer(request)
        options.log("\(request.method) \(request.target) -> \(response.status)" + (operationId.map { " (\($0))" } ?? ""))
        var headers = response.headers
        headers.append(("x-ms-request-id", UUID().uuidString.lowercased()))
        if let id = request.header("x-ms-client-request-id") { headers.append(("x-ms-client-request-id", id)) }
        return MockResponse(status: response.status, headers: headers, body: response.body)
    }

    private func answer(_ request: MockRequest) -> (MockResponse, String?) {
        let segments = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        if segments.first == "__mock" { return (answerInternal(segments, request), nil) }
        if request.method == "GET", let stored = resources[request.path.lowercased()] {
            return (json(200, stored), nil)
        }
        guard let (operation, pathValues) = match(request.method, segments) else {
            return (error(404, "NotFound", "no operation of the contract matches \(request.method) \(request.path)"), nil)
        }
        if let failure = validate(operation, pathValues: pathValues, request: request) {
            return (failure, operation.operationId)
        }
        guard let example = chooseExample(operation, pathValues: pathValues, request: request) else {
            return (error(501, "NoExample", "no example file of \(operation.operationId) is present"), operation.operationId)
        }
        let responses = example["responses"]
        let successCodes = (responsesObject(responses).keys.compactMap { Int($0) }.filter { (200..<300).contains($0) }).sorted()
        if operation.isLongRunning {
            return (beginLongRunning(operation, responses: responses, request: request), operation.operationId)
        }
        guard let status = successCodes.first(where: { $0 == 200 }) ?? successCodes.first else {
            return (error(501, "NoExample", "the example of \(operation.operationId) has no success response"), operation.operationId)
        }
        let entry = responses?[String(status)]
        var headers = exampleHeaders(entry)
        guard var body = entry?["body"] else { return (MockResponse(status: status, headers: headers), operation.operationId) }
        if operation.isPageable, let pageSize = options.pageSize {
            body = firstPage(body, operation: operation, pageSize: pageSize, apiVersion: request.query["api-version"])
        }
        headers.append(("Content-Type", "application/json"))
        return (MockResponse(status: status, headers: headers, body: encode(body)), operation.operationId)
    }

    // MARK: Matching

    private func match(_ method: String, _ segments: [String]) -> (OperationDecl, [String: String])? {
        var best: (operation: OperationDecl, values: [String: String], literals: Int)?
        for operation in operations where operation.method == method {
            let template = operation.pathTemplate.split(separator: "/").map(String.init)
            guard template.count == segments.count else { continue }
            var values: [String: String] = [:]
            var literals = 0
            var matches = true
            for (part, segment) in zip(template, segments) {
                if part.hasPrefix("{") && part.hasSuffix("}") {
                    values[String(part.dropFirst().dropLast())] = segment
                } else if part.lowercased() == segment.lowercased() {
                    literals += 1
                } else {
                    matches = false
                    break
                }
            }
            if matches && literals > (best?.literals ?? -1) { best = (operation, values, literals) }
        }
        return best.map { ($0.operation, $0.values) }
    }

    // MARK: Validation

    private func validate(_ operation: OperationDecl, pathValues: [String: String], request: MockRequest) -> MockResponse? {
        let query = request.query
        for parameter in operation.parameters {
            let value: String?
            switch parameter.location {
            case .path: value = pathValues[parameter.wireName]
            case .query: value = query[parameter.wireName]
            case .header: value = request.header(parameter.wireName)
            case .body:
                if parameter.isRequired && request.body.isEmpty {
                    return error(400, "InvalidRequestContent", "the request body '\(parameter.wireName)' is required", target: parameter.wireName)
                }
                if !request.body.isEmpty, (try? JSONValue.parse(request.body)) == nil {
                    return error(400, "InvalidRequestContent", "the request body is not JSON", target: parameter.wireName)
                }
                continue
            case .host:
                // The mock answers whatever host it is reached at.
                continue
            case .formData:
                // Form fields are not checked yet (the media-types issue); the body must be there when one is required.
                if parameter.isRequired && request.body.isEmpty {
                    return error(400, "InvalidRequestContent", "the form field '\(parameter.wireName)' is required", target: parameter.wireName)
                }
                continue
            }
            guard let value else {
                if parameter.isRequired || parameter.defaultValue != nil {
                    return error(400, "MissingParameter", "the parameter '\(parameter.wireName)' is required", target: parameter.wireName)
                }
                continue
            }
            do {
                try check(value, parameter.constraints, parameter: parameter.wireName, operation: operation.operationId,
                          module: moduleOfOperation[operation.operationId] ?? "")
            } catch {
                return self.error(400, "InvalidParameter", "\(error)", target: parameter.wireName)
            }
        }
        return nil
    }

    private func check(_ value: String, _ constraints: Constraints, parameter: String, operation: String, module: String) throws {
        let pattern = constraints.patternName.flatMap { patterns[module + "." + $0] }
        try Validate.string(value, minLength: constraints.minLength, maxLength: constraints.maxLength, pattern: pattern,
                            uuid: constraints.isUUID, parameter: parameter, operation: operation)
        if let bound = constraints.minimum.flatMap(Double.init), let number = Double(value) {
            try Validate.minimum(number, bound, exclusive: constraints.exclusiveMinimum, parameter: parameter, operation: operation)
        }
        if let bound = constraints.maximum.flatMap(Double.init), let number = Double(value) {
            try Validate.maximum(number, bound, exclusive: constraints.exclusiveMaximum, parameter: parameter, operation: operation)
        }
    }

    // MARK: Examples

    /// The present example whose path values and body best match the request.
    private func chooseExample(_ operation: OperationDecl, pathValues: [String: String], request: MockRequest) -> JSONValue? {
        let body = try? JSONValue.parse(request.body)
        var best: (example: JSONValue, score: Int)?
        for reference in operation.examples where reference.isPresent {
            guard let example = reference.inline ?? loadExample(reference.path) else { continue }
            var score = 0
            for (name, value) in pathValues where example["parameters"]?[name]?.stringValue?.lowercased() == value.lowercased() {
                score += 1
            }
            if let bodyName = operation.parameters.first(where: { $0.location == .body })?.wireName,
               let expected = example["parameters"]?[bodyName], let body,
               JSONComparison.difference(expected: expected, actual: body, path: "") == nil {
                score += 100
            }
            if score > (best?.score ?? -1) { best = (example, score) }
        }
        return best?.example
    }

    private func loadExample(_ path: String) -> JSONValue? {
        if let cached = examples[path] { return cached }
        guard let data = FileManager.default.contents(atPath: path), let value = try? JSONValue.parse(data) else { return nil }
        examples[path] = value
        return value
    }

    private func responsesObject(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let members)? = value { return members }
        return [:]
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

    // MARK: Long-running operations

    private func beginLongRunning(_ operation: OperationDecl, responses: JSONValue?, request: MockRequest) -> MockResponse {
        let members = responsesObject(responses)
        let finalCode = [200, 201, 204].first { members[String($0)] != nil } ?? (operation.method == "DELETE" ? 204 : 200)
        counter += 1
        let id = "op\(counter)"
        let isResource = operation.method == "PUT" || operation.method == "PATCH"
        // Without a final body in the example, a PUT's resource is what the client sent.
        let sent = operation.method == "PUT" ? try? JSONValue.parse(request.body) : nil
        pending[id] = PendingOperation(
            pollsLeft: options.pollsBeforeDone, finalStatus: finalCode, finalBody: members[String(finalCode)]?["body"] ?? sent,
            resourcePath: isResource ? request.path.lowercased() : nil)
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

    /// Splits the item array into pages stored for `/__mock/pages/{id}/{n}`; returns the first.
    private func firstPage(_ body: JSONValue, operation: OperationDecl, pageSize: Int, apiVersion: String?) -> JSONValue {
        let itemName = operation.itemName ?? "value"
        let nextName = operation.nextLinkName ?? "nextLink"
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

    // MARK: Responses

    private func json(_ status: Int, _ value: JSONValue, headers: [(name: String, value: String)] = []) -> MockResponse {
        MockResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: encode(value))
    }

    private func encode(_ value: JSONValue) -> Data {
        (try? JSONCoding.encode(value)) ?? Data()
    }

    /// An ARM `ErrorResponse`, with `x-ms-error-code`.
    private func error(_ status: Int, _ code: String, _ message: String, target: String? = nil) -> MockResponse {
        var detail: [String: JSONValue] = ["code": .string(code), "message": .string(message)]
        if let target { detail["target"] = .string(target) }
        return json(status, .object(["error": .object(detail)]), headers: [("x-ms-error-code", code)])
    }
}
