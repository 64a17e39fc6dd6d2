import Testing
@testable import SpecGenCore

/// Small contracts in, exact Swift out: one test per construct.
@Suite struct ModelSnippetTests {
    @Test func objectWithRequiredOptionalReadOnlyAndSecretProperties() throws {
        let files = try generate(contract(definitions: """
              Widget:
                type: object
                description: A widget.
                properties:
                  name:
                    type: string
                    description: Its name.
                  size:
                    type: integer
                    format: int64
                  id:
                    type: string
                    readOnly: true
                  password:
                    type: string
                    x-ms-secret: true
                  created:
                    type: string
                    format: date-time
                  default:
                    type: boolean
                    x-ms-client-name: isDefault
                required:
                  - name
                  - password
            """))
        #expect(body(files["Models/Widget.swift"]) == """
            /// A widget.
            ///
            /// - Remark: Generated from `#/definitions/Widget`.
            public struct Widget: Codable, Hashable, Sendable, ContractValidatable, JSONObjectCodable {
                /// Its name.
                public var name: String
                public var size: Int64?
                /// Read-only: set by the service, never sent.
                public let id: String?
                /// Secret: sent, never returned by the service.
                public var password: String?
                public var created: Date?
                public var isDefault: Bool?

                public init(name: String, size: Int64? = nil, password: String? = nil, created: Date? = nil, isDefault: Bool? = nil) {
                    self.id = nil
                    self.name = name
                    self.size = size
                    self.password = password
                    self.created = created
                    self.isDefault = isDefault
                }

                public init(members reader: inout some JSONMemberReader) throws {
                    self.name = try reader.read(String.self, forKey: "name")
                    self.size = try reader.readIfPresent(Int64.self, forKey: "size")
                    self.id = try reader.readIfPresent(String.self, forKey: "id")
                    self.password = try reader.readIfPresent(String.self, forKey: "password")
                    self.created = try reader.readIfPresent(Date.self, forKey: "created")
                    self.isDefault = try reader.readIfPresent(Bool.self, forKey: "default")
                }

                public func encodeMembers(to writer: inout some JSONMemberWriter) throws {
                    try writer.write(self.name, forKey: "name")
                    if let value = self.size { try writer.write(value, forKey: "size") }
                    if writer.writesReadOnlyMembers, let value = self.id { try writer.write(value, forKey: "id") }
                    if let value = self.password { try writer.write(value, forKey: "password") }
                    if let value = self.created { try writer.write(value, forKey: "created") }
                    if let value = self.isDefault { try writer.write(value, forKey: "default") }
                }
            }

            """)
    }

    @Test func openAndClosedEnumsGetValidUniqueCaseNames() throws {
        let files = try generate(contract(definitions: """
              Version:
                type: string
                enum: ["16", "V1.0", "V10", "Standard_D2s_v3", "default", "", "v16"]
                x-ms-enum:
                  name: Version
                  modelAsString: true
              Tier:
                type: string
                enum: [Burstable, GeneralPurpose]
                x-ms-enum:
                  name: Tier
                  modelAsString: false
                  values:
                    - value: Burstable
                      description: Cheap.
                    - value: GeneralPurpose
                      name: General
            """))
        let version = body(files["Models/Version.swift"])
        for line in [
            "public static var v16: Self { Self(rawValue: \"16\") }",
            "public static var v1_0: Self { Self(rawValue: \"V1.0\") }",
            "public static var v10: Self { Self(rawValue: \"V10\") }",
            "public static var standardD2sV3: Self { Self(rawValue: \"Standard_D2s_v3\") }",
            "public static var `default`: Self { Self(rawValue: \"default\") }",
            "public static var empty: Self { Self(rawValue: \"\") }",
            "public static var v162: Self { Self(rawValue: \"v16\") }",
        ] {
            #expect(version.contains(line), "missing \(line)")
        }
        // One runtime type for every extensible string enum; a tag in the service namespace tells them apart.
        #expect(version.contains("public typealias Version = ExtensibleEnum<SnippetService.VersionTag>"))
        #expect(version.contains("extension SnippetService {\n    /// Tells ``Version`` apart from the module's other extensible enums.\n    public enum VersionTag: ExtensibleEnumTag {}\n}"))
        #expect(version.contains("extension ExtensibleEnum where Tag == SnippetService.VersionTag {"))
        #expect(body(files["Models/Tier.swift"]) == """
            /// - Remark: Generated from `#/definitions/Tier`.
            public enum Tier: String, Codable, Hashable, Sendable, CaseIterable, RequestParameterValue, JSONStringEnum {
                /// Cheap.
                case burstable = "Burstable"
                case general = "GeneralPurpose"
            }

            """)
    }

    @Test func allOfCopiesParentPropertiesAndFlattenLiftsEnvelopeMembers() throws {
        let files = try generate(contract(definitions: """
              Base:
                type: object
                properties:
                  id:
                    type: string
                    readOnly: true
              Props:
                type: object
                properties:
                  state:
                    type: string
                  type:
                    type: string
                required: [state]
              Thing:
                type: object
                allOf:
                  - $ref: '#/definitions/Base'
                properties:
                  type:
                    type: string
                  properties:
                    $ref: '#/definitions/Props'
                    x-ms-client-flatten: true
            """))
        let thing = body(files["Models/Thing.swift"])
        #expect(thing.contains("""
                public let id: String?
                public var type: String?
                public var properties: Props?
            """))
        #expect(thing.contains("""
            extension Thing {
                public var state: String? { properties?.state }
                public var propertiesType: String? { properties?.type }
            }
            """))
    }

    @Test func dictionariesArraysAndOpenObjects() throws {
        let files = try generate(contract(definitions: """
              Bag:
                type: object
                properties:
                  tags:
                    type: object
                    additionalProperties:
                      type: string
                  anything:
                    type: object
                  matrix:
                    type: array
                    items:
                      type: array
                      items:
                        type: number
                  ratio:
                    type: number
                    format: float
                  count:
                    type: integer
                    format: int32
            """))
        let bag = body(files["Models/Bag.swift"])
        #expect(bag.contains("public var tags: [String: String]?"))
        // `type: object` without members is any JSON value, as AutoRest reads it (a string or array fits too).
        #expect(bag.contains("public var anything: JSONValue?"))
        #expect(bag.contains("public var matrix: [[Double]]?"))
        #expect(bag.contains("public var ratio: Float?"))
        #expect(bag.contains("public var count: Int32?"))
    }

    @Test func selfContainingModelIsBoxedButArraysAreNot() throws {
        let files = try generate(contract(definitions: """
              Node:
                type: object
                properties:
                  parent:
                    $ref: '#/definitions/Node'
                  root:
                    $ref: '#/definitions/Node'
                    readOnly: true
                  children:
                    type: array
                    items:
                      $ref: '#/definitions/Node'
            """))
        let node = body(files["Models/Node.swift"])
        #expect(node.contains("public var parent: Node? { get { _parent?.value } set { _parent = Indirect(ifPresent: newValue) } }"))
        #expect(node.contains("private var _parent: Indirect<Node>?"))
        #expect(node.contains("public var children: [Node]?"))
        // A read-only member is the service's to set: get-only, its box a `let` set to nil by the memberwise init.
        #expect(node.contains("public var root: Node? { _root?.value }"))
        #expect(node.contains("private let _root: Indirect<Node>?"))
        #expect(node.contains("self._root = nil"))
        #expect(!node.contains("root: Node? = nil"))
        // The box is read, written and checked as it is: no copy of the member model in this one's code.
        #expect(node.contains("self._parent = try reader.readBoxIfPresent(Node.self, forKey: \"parent\")"))
        #expect(node.contains("try writer.writeIfPresent(self._parent, forKey: \"parent\")"))
    }

    @Test func onlyModelsThatHoldAConstraintSomewhereAreChecked() throws {
        let files = try generate(contract(definitions: """
              Holder:
                type: object
                properties:
                  plain: {$ref: '#/definitions/Plain'}
                  plains: {type: array, items: {$ref: '#/definitions/Plain'}}
                  outer: {$ref: '#/definitions/Outer'}
                  loop: {$ref: '#/definitions/Loop'}
              Plain:
                type: object
                properties:
                  name: {type: string}
                  again: {$ref: '#/definitions/Plain'}
              Outer:
                type: object
                properties:
                  inner: {$ref: '#/definitions/Inner'}
              Inner:
                type: object
                properties:
                  size: {type: integer, format: int32, maximum: 9}
              Loop:
                type: object
                properties:
                  next: {$ref: '#/definitions/Loop'}
                  limited: {type: string, readOnly: true, maxLength: 3}
            """))
        let holder = body(files["Models/Holder.swift"]).components(separatedBy: "func validate(operation: String) throws {")
        // A constraint two models down is reached; models with none anywhere (a cycle included,
        // and a read-only member's constraint, which is never sent) are not walked.
        #expect(holder.count == 2)
        #expect(holder.last?.contains("try Validate.member(ifPresent: self._outer, \".outer\", operation: operation)") == true)
        #expect(holder.last?.contains("plain") == false)
        #expect(holder.last?.contains("loop") == false)
        #expect(body(files["Models/Outer.swift"]).contains("try Validate.member(ifPresent: self._inner, \".inner\", operation: operation)"))
        #expect(!body(files["Models/Plain.swift"]).contains("func validate"))
        #expect(!body(files["Models/Loop.swift"]).contains("func validate"))
    }

    @Test func extensibleEnumMembersAreReadAndWrittenAsStrings() throws {
        let files = try generate(contract(definitions: """
              Plan:
                type: object
                properties:
                  tier: {$ref: '#/definitions/Tier'}
                  mode: {$ref: '#/definitions/Tier'}
                  tiers: {type: array, items: {$ref: '#/definitions/Tier'}}
                required: [mode]
              Tier:
                type: string
                enum: [Basic, Premium]
                x-ms-enum: {name: Tier, modelAsString: true}
            """))
        let plan = body(files["Models/Plan.swift"])
        // `extensible:` takes the runtime's string path, which needs no witness table of the enum type.
        #expect(plan.contains("self.tier = try reader.readIfPresent(extensible: Tier.self, forKey: \"tier\")"))
        #expect(plan.contains("self.mode = try reader.read(extensible: Tier.self, forKey: \"mode\")"))
        #expect(plan.contains("self.tiers = try reader.readIfPresent([Tier].self, forKey: \"tiers\")"))
        #expect(plan.contains("if let value = self.tier { try writer.write(extensible: value, forKey: \"tier\") }"))
        #expect(plan.contains("try writer.write(extensible: self.mode, forKey: \"mode\")"))
        #expect(plan.contains("if let value = self.tiers { try writer.write(value, forKey: \"tiers\") }"))
    }

    @Test func reservedTypeNamesAndKeywordMembersAreMadeSafe() throws {
        let files = try generate(contract(definitions: """
              Error:
                type: object
                properties:
                  protocol:
                    type: string
                  self:
                    type: string
                  foo_bar:
                    type: string
                  fooBar:
                    type: string
            """))
        let model = body(files["Models/ErrorModel.swift"])
        #expect(model.contains("public struct ErrorModel: Codable, Hashable, Sendable, ContractValidatable, JSONObjectCodable"))
        #expect(model.contains("public var `protocol`: String?"))
        #expect(model.contains("public var selfValue: String?"))
        #expect(model.contains("public var fooBar: String?"))
        #expect(model.contains("public var fooBar2: String?"))
        #expect(model.contains("self.fooBar = try reader.readIfPresent(String.self, forKey: \"foo_bar\")"))
        #expect(model.contains("self.fooBar2 = try reader.readIfPresent(String.self, forKey: \"fooBar\")"))
        #expect(model.contains("self.selfValue = try reader.readIfPresent(String.self, forKey: \"self\")"))
    }
}
