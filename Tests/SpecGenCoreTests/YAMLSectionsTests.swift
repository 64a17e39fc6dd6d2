import Foundation
import Testing
@testable import SpecGenCore

/// A large file composed in sections on several cores is the very tree of the file composed whole
/// (values, key order, lines, columns, pointers); whatever sections cannot reproduce is composed whole.
@Suite struct YAMLSectionsTests {
    /// Same values, keys in the same order and the same locations everywhere.
    func identical(_ left: SpecNode, _ right: SpecNode) -> Bool {
        guard left.location == right.location else { return false }
        switch (left.value, right.value) {
        case (.scalar(let a, let aKind), .scalar(let b, let bKind)):
            return a == b && aKind == bKind
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { identical($0, $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && identical($0.value, $1.value) }
        default:
            return false
        }
    }

    func sectioned(_ text: String, parts: Int) throws -> SpecNode? {
        let sections = try #require(YAMLSections.split(text, into: parts))
        return YAMLSections.compose(text, file: "spec.yaml", sections: sections)
    }

    @Test(arguments: [2, 3, 5])
    func theContractsOfSpecsComposeAsTheyDoWhole(parts: Int) throws {
        let files = (FileManager.default.enumerator(atPath: packageRoot + "/specs")?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != "specgen.yaml" }
        #expect(files.count > 10)
        var unsplit: [String] = []
        for file in files {
            let text = try String(contentsOfFile: packageRoot + "/specs/" + file, encoding: .utf8)
            guard let sections = YAMLSections.split(text, into: parts) else { unsplit.append(file); continue }
            let whole = try SpecLoader.composeDocument(text, file: file)
            let joined = try #require(YAMLSections.compose(text, file: file, sections: sections), "\(file)")
            #expect(identical(joined, whole), "\(file) in \(sections.count) sections")
        }
        // Every contract there is block style with keys at column 0.
        #expect(unsplit.isEmpty, "\(unsplit)")
    }

    @Test func theLargeContractIsComposedInSectionsWhenThereAreCores() throws {
        let file = packageRoot + "/specs/specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let joined = try #require(YAMLSections.compose(text, file: file, cores: 2))
        #expect(identical(joined, try SpecLoader.composeDocument(text, file: file)))
        let sections = try #require(YAMLSections.split(text, into: 2))
        #expect(sections.map(\.keyCount).reduce(0, +) == joined.entries.count)
        // Each section holds at least a fifth of the file: the work is shared, not left to one core.
        #expect(sections.allSatisfy { $0.range.count > text.utf8.count / 5 })
    }

    let document = """
        # A comment before the first key
        swagger: "2.0"
        'info':
          title: T
          description: |
            Block scalar
              kept as written
        # between keys
        schemes:
        - https
        -
          http
        paths:
          /a:
            get: &operation
              operationId: A
          /b:
            get: *operation
        "definitions":
          X: {type: object, properties: {a: [1, 2.5, null, true, ~]}}

        parameters: {}
        """

    @Test func commentsQuotedKeysBlockScalarsFlowValuesAndAnchorsInOneSection() throws {
        for parts in 2...6 {
            let joined = try #require(try sectioned(document, parts: parts))
            #expect(identical(joined, try SpecLoader.composeDocument(document, file: "spec.yaml")))
            #expect(joined.entries.map(\.key) == ["swagger", "info", "schemes", "paths", "definitions", "parameters"])
        }
    }

    /// `text` with a top-level key in front that makes it large enough to be composed in sections.
    func large(_ text: String) -> Data {
        Data(("x-padding: '" + String(repeating: "p", count: YAMLSections.minimumSize) + "'\n" + text).utf8)
    }

    func load(_ data: Data) throws -> SpecDocument {
        try SpecLoader().parse(data: data, path: "/spec.yaml", displayPath: "spec.yaml")
    }

    @Test func anAliasToAnotherSectionsAnchorIsComposedWhole() throws {
        let text = """
            definitions:
              A: &shared {type: string}
            parameters:
              B: *shared
            """
        #expect(try sectioned(text, parts: 2) == nil)
        #expect(YAMLSections.split(String(decoding: large(text), as: UTF8.self), into: 2) != nil)
        let document = try load(large(text))
        #expect(document.root["parameters"]?["B"]?.string("type") == "string")
    }

    @Test func aKeyRepeatedInAnotherSectionFailsAsTheWholeFileDoes() throws {
        let text = "paths: {}\ndefinitions: {}\npaths: {}\n"
        #expect(try sectioned(text, parts: 3) == nil)
        let failure = try #require(throws: Diagnostic.self) { try load(large(text)) }
        #expect(failure.message.contains("duplicate key 'paths'"))
        #expect(failure.location?.line == 2)
    }

    @Test func carriageReturnsLineFeedsAndAByteOrderMarkGiveTheWholeFilesTree() throws {
        let text = document.replacingOccurrences(of: "\n", with: "\r\n")
        let joined = try #require(try sectioned(text, parts: 3))
        #expect(identical(joined, try SpecLoader.composeDocument(text, file: "spec.yaml")))
        // A byte order mark is not text: every location is the one of the file without it.
        let plain = try load(large(document)).root
        let marked = try load(Data([0xEF, 0xBB, 0xBF]) + large(document)).root
        #expect(identical(marked, plain))
        #expect(plain.entries.first?.value.location.column == 12)
    }

    @Test(arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}"])
    func linesLibyamlCountsOtherwiseAreNotSplit(mark: String) throws {
        // A lone CR, NEL and the Unicode separators end lines for libyaml but not for the splitter;
        // a byte order mark starting a later line moves that line's key off column 0.
        let text = "swagger: '2.0'\ninfo: {title: \"a\(mark == "\u{FEFF}" ? "" : mark)b\"}\n\(mark == "\u{FEFF}" ? mark : "")paths: {}\n"
        #expect(YAMLSections.split(text, into: 2) == nil)
        #expect(YAMLSections.split("swagger: '2.0'\ninfo: {title: a}\npaths: {}\n", into: 2) != nil)
    }

    @Test func aQuotedScalarRunningAcrossAColumnZeroLineIsComposedWhole() throws {
        let text = "description: \"first\nsecond: line\"\nswagger: '2.0'\n"
        #expect(try sectioned(text, parts: 2) == nil)
        let whole = try SpecLoader.composeDocument(text, file: "spec.yaml")
        #expect(whole.entries.map(\.key) == ["description", "swagger"])
    }

    @Test func flowStyleSequencesDocumentMarkersAndIndentedDocumentsAreNotSplit() {
        #expect(YAMLSections.split("{\n  \"swagger\": \"2.0\",\n  \"paths\": {}\n}\n", into: 2) == nil)
        #expect(YAMLSections.split("- a\n- b\n", into: 2) == nil)
        #expect(YAMLSections.split("swagger: '2.0'\npaths: {}\n---\nswagger: '2.0'\n", into: 2) == nil)
        #expect(YAMLSections.split("---\nswagger: '2.0'\npaths: {}\n", into: 2) == nil)
        #expect(YAMLSections.split("  swagger: '2.0'\n  paths: {}\n", into: 2) == nil)
        #expect(YAMLSections.split("swagger: '2.0'\n", into: 2) == nil)
    }
}

/// The files a contract's `$ref`s name are composed beside it; a wrong guess costs nothing.
@Suite struct ReferencedFilePrefetchTests {
    @Test func referencesWithAPointerNameFilesInYAMLAndJSONAlike() {
        let text = """
            a: {$ref: '../common/types.yaml#/definitions/Error'}
            b:
              $ref: "./other.json#/parameters/Id"
            "c": {"$ref": "../common/types.yaml#/definitions/Resource"}
            d: {$ref: '#/definitions/Local'}
            x-ms-examples:
              Get: {$ref: ./examples/Get.json}
            e: {$ref: 'https://example.com/spec.json#/definitions/Remote'}
            f: {description: 'mentions $ref in prose'}
            """
        #expect(ReferencedFilePrefetch.paths(in: Data(text.utf8), directory: "/specs/service") == [
            "/specs/common/types.yaml", "/specs/service/other.json",
        ])
    }

    @Test(.timeLimit(.minutes(1)))
    func referencedFilesAreComposedWithTheFileAndABrokenOneStillFailsWhereItIsReferenced() throws {
        let folder = try TemporaryFolder()
        try folder.write("common.yaml", "definitions:\n  Name: {type: string}\n")
        try folder.write("broken.yaml", "definitions: [unclosed\n")
        // A guess must not read what is not a regular file: a named pipe would block forever.
        #expect(mkfifo(folder.path + "/pipe", 0o600) == 0)
        let main = try folder.write("main.yaml", """
            swagger: '2.0'
            info: {description: 'not a reference: $ref: ./pipe#/definitions/X'}
            definitions:
              A: {$ref: './common.yaml#/definitions/Name'}
              B: {$ref: './broken.yaml#/definitions/Name'}
            """)
        let loader = SpecLoader(workingDirectory: folder.path)
        let document = try loader.load(path: main)
        // Composed beside main.yaml: gone from the disk now, still there for its reference.
        try FileManager.default.removeItem(atPath: folder.path + "/common.yaml")
        let resolver = ReferenceResolver(loader: loader)
        let common = try resolver.resolve(try #require(document.root["definitions"]?["A"]), in: document)
        #expect(common.document.displayPath == "common.yaml")
        #expect(common.node.string("type") == "string")
        let failure = try #require(throws: Diagnostic.self) {
            _ = try resolver.resolve(try #require(document.root["definitions"]?["B"]), in: document)
        }
        #expect(failure.location?.file == "broken.yaml")
    }
}

/// Path arithmetic for `$ref`s and example files gives what URL standardization gives.
@Suite struct FilePathsTests {
    @Test(arguments: [
        ("../../common/types.yaml", "/specs/a/b", "/specs/common/types.yaml"),
        ("./examples/Get.json", "/specs/a", "/specs/a/examples/Get.json"),
        ("/abs//x/./y/", "/ignored", "/abs/x/y"),
        ("../../../../x.json", "/a/b", "/x.json"),
        ("types.yaml", "/", "/types.yaml"),
        ("ünïcode dir/../naïve.yaml", "/specs", "/specs/naïve.yaml"),
    ])
    func resolve(path: String, directory: String, expected: String) {
        #expect(FilePaths.resolve(path, against: directory) == expected)
        #expect(FilePaths.resolve(path, against: directory)
                == URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL.path)
    }

    @Test func directoryOfAFile() {
        #expect(FilePaths.directory(of: "/a/b.yaml") == "/a")
        #expect(FilePaths.directory(of: "/b.yaml") == "/")
    }
}
