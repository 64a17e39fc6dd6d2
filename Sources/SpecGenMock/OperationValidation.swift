import Foundation
import SpecGenCore
import SpecGenRuntime

extension MockOperation {
    /// Every way a request breaks the operation's contract: parameters missing or out of their
    /// schema (path, query, header), a required body missing, a JSON body against its schema.
    func requestViolations(pathValues: [String: String], request: MockRequest) -> [ContractViolation] {
        var found: [ContractViolation] = []
        let query = request.query
        for parameter in operation.parameters {
            let part: ContractViolation.Part
            let text: String?
            switch parameter.place {
            case .path: (part, text) = (.path(parameter.name), pathValues[parameter.name])
            case .query: (part, text) = (.query(parameter.name), query[parameter.name])
            case .header: (part, text) = (.header(parameter.name), request.header(parameter.name))
            case .body:
                found += bodyViolations(parameter, request: request)
                continue
            case .formData:
                // Form fields are not read one by one; a required one needs a body at all.
                if parameter.isRequired && request.body.isEmpty {
                    found.append(ContractViolation(part: .body, rule: "is required (form field '\(parameter.name)')"))
                }
                continue
            }
            guard let text else {
                if parameter.isRequired { found.append(ContractViolation(part: part, rule: "is required")) }
                continue
            }
            found += parameterViolations(text, parameter: parameter, part: part)
        }
        return found
    }

    /// A parameter's text read as its schema's type (an array split by its collection format),
    /// then checked as JSON.
    private func parameterViolations(_ text: String, parameter: ContractParameter, part: ContractViolation.Part) -> [ContractViolation] {
        let schema = parameter.schema
        var value: JSONValue
        switch schemas.type(of: schema) {
        case "array":
            let separator = parameter.collectionSeparator ?? ","
            let items = text.isEmpty ? [] : text.components(separatedBy: separator)
            let itemSchema = schemas.items(of: schema)
            var values: [JSONValue] = []
            for (index, item) in items.enumerated() {
                switch Self.scalar(item, type: itemSchema.flatMap { schemas.type(of: $0) }) {
                case .success(let json): values.append(json)
                case .failure(let rule): return [ContractViolation(part: part, pointer: "/\(index)", rule: rule.text)]
                }
            }
            value = .array(values)
        case let type:
            switch Self.scalar(text, type: type) {
            case .success(let json): value = json
            case .failure(let rule): return [ContractViolation(part: part, rule: rule.text)]
            }
        }
        return validator.violations(of: value, against: schema, direction: .request, part: part)
    }

    struct Rule: Error { let text: String }

    /// Text of a path, query or header value as the JSON scalar its type says.
    private static func scalar(_ text: String, type: String?) -> Result<JSONValue, Rule> {
        switch type {
        case "integer":
            guard let number = Int64(text) else { return .failure(Rule(text: "\"\(text)\" is not an integer")) }
            return .success(.integer(number))
        case "number":
            guard let number = Double(text) else { return .failure(Rule(text: "\"\(text)\" is not a number")) }
            return .success(.number(number))
        case "boolean":
            switch text.lowercased() {
            case "true": return .success(.bool(true))
            case "false": return .success(.bool(false))
            default: return .failure(Rule(text: "\"\(text)\" is not true or false"))
            }
        default:
            return .success(.string(text))
        }
    }

    /// The body: there when required, JSON when the operation takes JSON, valid against its schema.
    private func bodyViolations(_ parameter: ContractParameter, request: MockRequest) -> [ContractViolation] {
        guard !request.body.isEmpty else {
            return parameter.isRequired ? [ContractViolation(part: .body, rule: "is required")] : []
        }
        // A body the client labelled as another media type the operation consumes (XML, a PDF, text)
        // is not read as JSON.
        let contentType = request.headers.first { $0.name.lowercased() == "content-type" }?.value
        if let contentType, !Self.isJSON(contentType), operation.consumes.contains(where: { Self.sameMediaType($0, contentType) }) {
            return []
        }
        guard takesJSON(parameter) else { return [] }
        guard let value = try? JSONValue.parse(request.body) else {
            return [ContractViolation(part: .body, rule: "is not JSON")]
        }
        return validator.violations(of: value, against: parameter.schema, direction: .request)
    }

    /// Whether a body is JSON: not `type: file` nor `format: binary`, and the operation consumes a
    /// JSON media type (or names none).
    private func takesJSON(_ parameter: ContractParameter) -> Bool {
        if schemas.type(of: parameter.schema) == "file" || schemas.format(of: parameter.schema) == "binary" { return false }
        return operation.consumes.isEmpty || operation.consumes.contains(where: Self.isJSON)
    }

    /// `text/plain; charset=UTF-8` and `text/plain` are the same media type.
    static func sameMediaType(_ first: String, _ second: String) -> Bool {
        let essence = { (text: String) in text.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? "" }
        return essence(first) == essence(second)
    }

    static func isJSON(_ mediaType: String) -> Bool {
        let type = mediaType.lowercased()
        return type.contains("json")
    }

    /// Every way a response breaks the operation's contract: a status it does not document, a
    /// body missing where one is documented, a JSON body against the documented schema.
    func responseViolations(status: Int, headers: [(name: String, value: String)], body: Data) -> [ContractViolation] {
        guard let response = response(for: status) else {
            let documented = operation.responses.compactMap(\.statusCode).map(String.init).joined(separator: ", ")
            return [ContractViolation(part: .status, rule: "status \(status) is not documented (documented: \(documented))")]
        }
        guard let schema = response.schema, method != "HEAD", status != 204 else { return [] }
        if schemas.type(of: schema) == "file" || schemas.format(of: schema) == "binary" { return [] }
        guard !body.isEmpty else { return [ContractViolation(part: .body, rule: "is missing; the contract documents a body for \(status)")] }
        let contentType = headers.first { $0.name.lowercased() == "content-type" }?.value
        if let contentType, !Self.isJSON(contentType) { return [] }
        guard let value = try? JSONValue.parse(body) else { return [ContractViolation(part: .body, rule: "is not JSON")] }
        return validator.violations(of: value, against: schema, direction: .response)
    }
}
