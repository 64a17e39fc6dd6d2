import Foundation

/// What a user can choose per generated module.
public struct GenerationOptions: Sendable {
    public var moduleName: String
    /// Emit constraint checks in request builders (on by default).
    public var validation: Bool

    public init(moduleName: String, validation: Bool = true) {
        self.moduleName = moduleName
        self.validation = validation
    }

    /// The namespace that holds the module's api-version, endpoint and scopes.
    var serviceTypeName: String { Naming.upperCamel(moduleName) + "Service" }
}

/// Lower stage: one or more resolved contract files → the Swift declarations of one module.
public enum ContractLowering {
    public static func lower(
        documents: [SpecDocument], resolver: ReferenceResolver, options: GenerationOptions, log: DiagnosticLog
    ) throws -> SwiftModule {
        guard let first = documents.first else {
            throw Diagnostic.error("no contract files given", at: nil)
        }
        for document in documents { try checkVersion(document) }
        let info = first.root["info"]
        guard let apiVersion = info?.string("version") else {
            throw Diagnostic.error("the contract has no info.version (the api-version)", at: info?.location ?? first.root.location)
        }
        if let parameterizedHost = first.root["x-ms-parameterized-host"] {
            log.warn("x-ms-parameterized-host is not supported yet; requests go to `host`", at: parameterizedHost.location)
        }
        let host = first.root.string("host") ?? "management.azure.com"
        let scheme = first.root["schemes"]?.items.first?.scalarText ?? "https"
        let basePath = first.root.string("basePath").map { $0 == "/" ? "" : $0 } ?? ""
        let endpoint = scheme + "://" + host + basePath
        guard URL(string: endpoint) != nil else {
            throw Diagnostic.error("host '\(host)' does not form a valid URL", at: first.root["host"]?.location)
        }
        // ARM's OAuth2 scope is the resource's `.default` scope (AZURE-SEMANTICS §5.1).
        let usesOAuth = first.root["securityDefinitions"]?.entries.contains { $0.value.string("type") == "oauth2" } ?? false
        let scopes = usesOAuth ? ["\(scheme)://\(host)/.default"] : []

        let schemas = SchemaLowering(resolver: resolver, log: log, reservedNames: [options.serviceTypeName])
        try schemas.lowerDefinitions(of: documents)
        let operations = OperationLowering(resolver: resolver, schemas: schemas, log: log, serviceTypeName: options.serviceTypeName)
        var groups = try operations.lowerOperations(of: documents)
        schemas.finish()

        let typeNames = Set(schemas.declaredTypes.map { $0.name.lowercased() })
        for index in groups.indices where typeNames.contains(groups[index].name.lowercased()) {
            groups[index].name += "Operations"
        }

        var module = SwiftModule(
            name: options.moduleName, apiVersion: apiVersion, title: info?.string("title") ?? options.moduleName,
            specFiles: documents.map(\.displayPath), endpoint: endpoint, scopes: scopes, validation: options.validation)
        module.types = schemas.declaredTypes
        module.groups = groups
        module.patterns = schemas.patterns
        return module
    }

    private static func checkVersion(_ document: SpecDocument) throws {
        if let openapi = document.root["openapi"] {
            throw Diagnostic.error("unsupported version: this is an OpenAPI \(openapi.scalarText ?? "3") document; specgen reads Swagger 2.0 contracts", at: openapi.location)
        }
        guard let swagger = document.root["swagger"] else {
            throw Diagnostic.error("not a Swagger 2.0 contract: no 'swagger: \"2.0\"' at the top level", at: document.root.location)
        }
        guard swagger.scalarText == "2.0" else {
            throw Diagnostic.error("unsupported version: swagger '\(swagger.scalarText ?? "")'; specgen reads Swagger 2.0", at: swagger.location)
        }
    }
}
