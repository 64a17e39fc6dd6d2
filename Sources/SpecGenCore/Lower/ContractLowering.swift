import Foundation

/// What a user can choose per generated module.
public struct GenerationOptions: Sendable {
    public enum Access: String, Sendable { case `public`, `internal` }

    public var moduleName: String
    /// Emit constraint checks in request builders (on by default).
    public var validation: Bool
    /// Operation ids or operation groups to generate (empty: all): a slice of a big contract,
    /// with only the definitions those operations reach.
    public var include: [String]
    /// `internal` keeps the generated API inside the module that compiles it.
    public var access: Access

    public init(moduleName: String, validation: Bool = true, include: [String] = [], access: Access = .public) {
        self.moduleName = moduleName
        self.validation = validation
        self.include = include
        self.access = access
    }

    /// The namespace that holds the module's api-version, endpoint and scopes.
    var serviceTypeName: String { Naming.upperCamel(moduleName) + "Service" }
}

/// Lower stage: the parsed contract → the Swift declarations of one module.
public enum ContractLowering {
    /// The OAuth2 scopes a credential asks for: those the contract's `security` requirement names
    /// as URLs (`https://security.microsoft.com/.default`); otherwise ARM's rule, the resource's
    /// `.default` scope (AZURE-SEMANTICS §5.1), as `user_impersonation` is no AAD scope. None
    /// without an OAuth2 scheme.
    static func scopes(of contract: Contract, scheme: String, host: String) -> [String] {
        let oauth = Set(contract.securitySchemes.filter { $0.kind == .oauth2 }.map(\.name))
        guard !oauth.isEmpty else { return [] }
        let named = contract.security.flatMap(\.schemes).filter { oauth.contains($0.name) }.flatMap(\.scopes)
            .filter { $0.contains("://") }
        var seen = Set<String>()
        let unique = named.filter { seen.insert($0).inserted }
        return unique.isEmpty ? ["\(scheme)://\(host)/.default"] : unique
    }

    public static func lower(_ contract: Contract, options: GenerationOptions, log: DiagnosticLog) throws -> SwiftModule {
        guard let apiVersion = contract.version else {
            throw Diagnostic.error("the contract has no info.version (the api-version)", at: contract.versionLocation)
        }
        let host = contract.host ?? "management.azure.com"
        let scheme = contract.schemes.first ?? "https"
        let basePath = contract.basePath.map { $0 == "/" ? "" : $0 } ?? ""
        let endpoint = scheme + "://" + host + basePath
        guard URL(string: endpoint) != nil else {
            throw Diagnostic.error("host '\(host)' does not form a valid URL", at: contract.hostLocation)
        }
        let scopes = Self.scopes(of: contract, scheme: scheme, host: host)

        let schemas = SchemaLowering(contract: contract, log: log, reservedNames: [options.serviceTypeName])
        try schemas.lowerDefinitions()
        let operations = OperationLowering(contract: contract, schemas: schemas, log: log)
        let hostTemplate = try operations.lowerHost()
        var groups = try operations.lowerOperations()
        schemas.finish()

        let typeNames = Set(schemas.declaredTypes.map { $0.name.lowercased() })
        for index in groups.indices where typeNames.contains(groups[index].name.lowercased()) {
            groups[index].name += "Operations"
        }

        var module = SwiftModule(
            name: options.moduleName, serviceTypeName: options.serviceTypeName, clientTypeName: Naming.upperCamel(options.moduleName) + "Client",
            apiVersion: apiVersion, title: contract.title ?? options.moduleName,
            specFiles: contract.files, endpoint: endpoint, scopes: scopes, validation: options.validation)
        module.types = schemas.declaredTypes
        module.groups = groups
        module.patterns = schemas.patterns
        module.hostTemplate = hostTemplate
        module.parameterGroups = operations.parameterGroups
        module.apiKeyHeader = contract.securitySchemes.first { $0.kind == .apiKey && $0.keyLocation == "header" }?.keyName
        module.access = options.access
        try XMLLowering(contract: contract, schemas: schemas, log: log).apply(to: &module)
        if !options.include.isEmpty {
            try ModuleSlicing(include: options.include, location: contract.location).apply(to: &module)
        }
        ResponseHeaderSharing().apply(to: &module)
        let typesByName = Dictionary(module.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        try ClientLowering(typesByName: typesByName, clientTypeName: module.clientTypeName).apply(to: &module)
        ValidationLowering(typesByName: typesByName, enabled: options.validation).apply(to: &module)
        return module
    }
}
