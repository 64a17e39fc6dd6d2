/// Decides the client's shape: the group clients' names and accessors, each method's name and
/// what it returns, and the parameters the root client holds. The renderer only prints these.
struct ClientLowering {
    let typesByName: [String: TypeDecl]
    let clientTypeName: String

    func apply(to module: inout SwiftModule) throws {
        let operationsByID = Dictionary(module.groups.flatMap { group in group.operations.map { ($0.operationId, (group.name, $0)) } },
                                        uniquingKeysWith: { first, _ in first })
        for groupIndex in module.groups.indices {
            var group = module.groups[groupIndex]
            group.clientTypeName = groupClientName(group.name)
            group.accessorName = Naming.memberName(String(group.clientTypeName.dropLast("Client".count)))
            for index in group.operations.indices {
                group.operations[index].methodName = Naming.memberName(group.operations[index].methodStem ?? group.operations[index].typeName)
                group.operations[index].clientReturn = try clientReturn(group.operations[index], operationsByID: operationsByID)
            }
            nameStreamingMethods(&group)
            module.groups[groupIndex] = group
        }
        module.clientParameters = Self.clientParameters(of: module.groups)
        // A client parameter the client holds with another type (the same name declared with
        // different enums by different operations) is taken by that operation's method instead.
        let held = Dictionary(module.clientParameters.map { ($0.swiftName, $0.type) }, uniquingKeysWith: { first, _ in first })
        for groupIndex in module.groups.indices {
            for operationIndex in module.groups[groupIndex].operations.indices {
                for index in module.groups[groupIndex].operations[operationIndex].parameters.indices {
                    let parameter = module.groups[groupIndex].operations[operationIndex].parameters[index]
                    if parameter.isClientParameter, held[parameter.swiftName] != parameter.type {
                        module.groups[groupIndex].operations[operationIndex].parameters[index].isClientParameter = false
                    }
                }
            }
        }
    }

    /// A byte answer's streaming method is the method's name and `Stream` (`getFile` → `getFileStream`),
    /// or `Body` when that name ends in `Stream` already (`errorStream` → `errorStreamBody`); a
    /// number follows when another method of the group has the name.
    private func nameStreamingMethods(_ group: inout OperationGroupDecl) {
        var taken = Set(group.operations.map(\.methodName))
        for index in group.operations.indices where !group.operations[index].streamedStatuses.isEmpty {
            let method = group.operations[index].methodName
            let base = method + (method.hasSuffix("Stream") ? "Body" : "Stream")
            var name = base
            var number = 2
            while taken.contains(name) {
                name = base + String(number)
                number += 1
            }
            taken.insert(name)
            group.operations[index].streamingMethodName = name
        }
    }

    /// `ServersClient`; a trailing `Operations` is dropped (`TuningOptionsOperations` →
    /// `TuningOptionsClient`) unless nothing would be left (`Operations` → `OperationsClient`).
    private func groupClientName(_ group: String) -> String {
        var base = group.hasSuffix("Operations") ? String(group.dropLast("Operations".count)) : group
        if base.isEmpty { base = group }
        let name = Naming.upperCamel(base) + "Client"
        return typesByName[name] == nil && name != clientTypeName ? name : Naming.upperCamel(base) + "OperationsClient"
    }

    /// Client parameters in the order the client's initializer takes them (defaulted ones last).
    static func clientParameters(of groups: [OperationGroupDecl]) -> [ParameterDecl] {
        var seen = Set<String>()
        var result: [ParameterDecl] = []
        for operation in groups.flatMap(\.operations) {
            for parameter in operation.parameters where parameter.isClientParameter && parameter.constant == nil && seen.insert(parameter.swiftName).inserted {
                result.append(parameter)
            }
        }
        return result.filter { $0.defaultValue == nil } + result.filter { $0.defaultValue != nil }
    }

    private func clientReturn(_ operation: OperationDecl, operationsByID: [String: (String, OperationDecl)]) throws -> ClientReturn {
        if operation.isLongRunning {
            if operation.method == "DELETE" { return .longRunning(nil) }
            if operation.isPageable, let paged = try pagedReturn(operation, operationsByID: operationsByID) { return .pagedLongRunning(paged) }
            if let final = operation.finalStateType { return .longRunning(final) }
            let final = operation.responses.first { ($0.statusCode == 200 || $0.statusCode == 201) && $0.body != nil }?.body
            let accepted = operation.responses.first { $0.statusCode < 300 && $0.body != nil }?.body
            // A PUT or PATCH ends with the resource. A POST typed only by its 202's schema (what the
            // service said on accepting) may end without a body (a final 204): its result is optional.
            if operation.method == "POST", final == nil, let accepted { return .longRunning(.optional(accepted)) }
            return .longRunning(final ?? accepted)
        }
        if operation.isPageable, let paged = try pagedReturn(operation, operationsByID: operationsByID) { return .paged(paged) }
        if operation.method == "HEAD", let notFound = operation.responses.first(where: { $0.statusCode == 404 }),
           operation.responses.allSatisfy({ $0.body == nil }) {
            return .exists(notFoundCase: notFound.caseName)
        }
        // Every documented answer returns through the method: one without a body (204, 304,
        // a documented 404) makes the result optional.
        // A nullable body (`T?`) is returned as an optional `T`.
        let bodies = operation.responses.compactMap(\.body).map { body -> (type: SwiftType, nullable: Bool) in
            if case .optional(let wrapped) = body { return (wrapped, true) }
            return (body, false)
        }
        let withHeaders = operation.responses.filter { !$0.headers.isEmpty }
        if bodies.isEmpty, withHeaders.count == 1, let answer = withHeaders.first {
            return .headers(caseName: answer.caseName, typeName: answer.headersTypeName, optional: operation.responses.count > 1)
        }
        guard let first = bodies.first else { return .none }
        guard bodies.allSatisfy({ $0.type == first.type }) else { return .response }
        return .value(first.type, optional: bodies.count != operation.responses.count || bodies.contains { $0.nullable })
    }

    private func pagedReturn(_ operation: OperationDecl, operationsByID: [String: (String, OperationDecl)]) throws -> PagedReturn? {
        // A long-running operation's pages are its final answer's, typed by its 200 (or 202).
        let answer = operation.responses.first { $0.statusCode == 200 && $0.body != nil }
            ?? (operation.isLongRunning ? operation.responses.first { $0.statusCode < 300 && $0.body != nil } : nil)
        guard let page = answer?.body,
              case .named(let pageName, .model) = page, case .model(let model)? = typesByName[pageName],
              let items = model.properties.first(where: { $0.wireName == (operation.itemName ?? "value") }),
              case .array(let element) = items.type
        else { return nil }
        let nextLink = operation.nextLinkName.flatMap { name in model.properties.first { $0.wireName == name } }
        var next: NextPageOperation?
        if let nextID = operation.nextOperationId, nextLink != nil {
            guard let (groupName, nextOperation) = operationsByID[nextID] else {
                throw Diagnostic.error("x-ms-pageable.operationName names '\(nextID)', which is no operationId of the contract",
                                       at: SourceLocation(file: operation.specFile, line: 0, column: 0, pointer: operation.origin + "/x-ms-pageable/operationName"))
            }
            // AutoRest's convention: the next operation takes the link in a parameter named `nextLink`.
            let linkParameter = nextOperation.parameters.first { $0.wireName.lowercased() == "nextlink" && $0.constant == nil }
            let firstArguments = Set(operation.parameters.map(\.swiftName))
            if let unfilled = nextOperation.parameters.first(where: { parameter in
                parameter.isRequired && parameter.constant == nil && parameter.defaultValue == nil && !parameter.isClientParameter
                    && parameter.swiftName != linkParameter?.swiftName && !firstArguments.contains(parameter.swiftName)
            }) {
                throw Diagnostic.error("the next-page operation '\(nextID)' requires '\(unfilled.wireName)', which '\(operation.operationId)' does not take",
                                       at: SourceLocation(file: operation.specFile, line: 0, column: 0, pointer: operation.origin + "/x-ms-pageable/operationName"))
            }
            next = NextPageOperation(groupName: groupName, operation: nextOperation, nextLinkParameter: linkParameter?.swiftName)
        }
        return PagedReturn(element: element, page: page, items: items, nextLink: nextLink, next: next)
    }
}
