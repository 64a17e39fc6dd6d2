/// Declares once the response-header structs that several answers would declare alike.
///
/// Azure contracts repeat the same headers on many answers (every long-running operation's 202
/// carries `Azure-AsyncOperation`, `Location` and `Retry-After`). A struct per answer makes the
/// compiler emit the same copy, comparison and decoding code for each (a fifteenth of a module's
/// code in PostgreSQL 2025-08-01); one shared struct, aliased under each answer's own name
/// (`Servers.Update.Response.AcceptedHeaders`), keeps every answer's API as it was.
///
/// Two answers share a struct when their headers have the same wire names, Swift names, types and
/// collection prefixes, in the same order; the documentation comes from the first of them.
struct ResponseHeaderSharing {
    /// What decides the generated struct's code: everything but the documentation.
    private struct Shape: Hashable {
        var members: [Member]
        struct Member: Hashable {
            var wireName: String
            var swiftName: String
            var type: SwiftType
            var collectionPrefix: String?
        }

        init(_ headers: [ResponseHeaderDecl]) {
            members = headers.map { Member(wireName: $0.wireName, swiftName: $0.swiftName, type: $0.type, collectionPrefix: $0.collectionPrefix) }
        }
    }

    /// The longest name made of header names; a longer set is named by its first headers and its count.
    private static let namedHeaders = 4

    func apply(to module: inout SwiftModule) {
        var uses: [Shape: Int] = [:]
        for response in module.groups.flatMap(\.operations).flatMap(\.responses) where !response.headers.isEmpty {
            uses[Shape(response.headers), default: 0] += 1
        }
        guard uses.values.contains(where: { $0 > 1 }) else { return }

        let taken = Set(module.types.map(\.name) + module.groups.map(\.name) + module.parameterGroups.map(\.name)
                        + [module.serviceTypeName, module.clientTypeName])
        var namespace = UniqueNamer(reserved: taken)
        module.sharedResponseHeadersNamespace = namespace.claim("ResponseHeaders")

        var names = UniqueNamer(reserved: Naming.reservedTypeNames)
        var shared: [Shape: String] = [:]
        /// The shared struct's qualified name for a set used more than once, declaring it on first use.
        func sharedName(_ headers: [ResponseHeaderDecl]) -> String? {
            let shape = Shape(headers)
            guard uses[shape, default: 0] > 1 else { return nil }
            if shared[shape] == nil {
                let name = names.claim(Self.name(of: headers))
                shared[shape] = name
                module.sharedResponseHeaders.append(SharedResponseHeadersDecl(name: name, headers: headers))
            }
            return module.sharedResponseHeadersNamespace + "." + shared[shape]!
        }
        for group in module.groups.indices {
            for operation in module.groups[group].operations.indices {
                for response in module.groups[group].operations[operation].responses.indices {
                    let headers = module.groups[group].operations[operation].responses[response].headers
                    module.groups[group].operations[operation].responses[response].sharedHeadersTypeName = sharedName(headers)
                }
            }
        }
    }

    /// `AzureAsyncOperationLocationRetryAfter`: the headers' Swift names, so the name stays as
    /// long as the set does; `ETagRequestIdVersionDateAnd5More` for a long set.
    private static func name(of headers: [ResponseHeaderDecl]) -> String {
        let named = headers.prefix(namedHeaders).map { Naming.upperCamel($0.swiftName) }.joined()
        return headers.count > namedHeaders ? named + "And\(headers.count - namedHeaders)More" : named
    }
}
