import Foundation
import Testing
@testable import SpecGenCore

/// Writing is all or nothing: a failure at any step leaves the output folder exactly as it was.
@Suite struct OutputWriterTests {
    static let header = ModuleRenderer.headerMarker + " for M.\n"

    /// A folder with generated files to replace, one to remove, one to keep, and a hand-written one.
    func prepare() throws -> (TemporaryFolder, [OutputPlan]) {
        let folder = try TemporaryFolder()
        try folder.write("out/A.swift", Self.header + "a old\n")
        try folder.write("out/B.swift", Self.header + "b old\n")
        try folder.write("out/Stale.swift", Self.header + "stale\n")
        try folder.write("out/Same.swift", Self.header + "same\n")
        try folder.write("out/Mine.swift", "// hand-written\n")
        let plan = OutputPlan(directory: folder.path + "/out", files: [
            GeneratedFile(path: "A.swift", contents: Self.header + "a new\n"),
            GeneratedFile(path: "B.swift", contents: Self.header + "b new\n"),
            GeneratedFile(path: "New/C.swift", contents: Self.header + "c new\n"),
            GeneratedFile(path: "Same.swift", contents: Self.header + "same\n"),
        ])
        return (folder, [plan])
    }

    @Test func writesReplacesAndRemovesOnlyGeneratedFiles() throws {
        let (folder, plans) = try prepare()
        let changes = try OutputWriter.write(plans)
        #expect(changes.written.count == 3)
        #expect(changes.removed == [folder.path + "/out/Stale.swift"])
        let after = folder.snapshot()
        #expect(after["out/A.swift"] == Data((Self.header + "a new\n").utf8))
        #expect(after["out/New/C.swift"] == Data((Self.header + "c new\n").utf8))
        #expect(after["out/Stale.swift"] == nil)
        #expect(after["out/Mine.swift"] == Data("// hand-written\n".utf8))
        #expect(after.keys.allSatisfy { !$0.contains(".specgen-") }, "no staging or backup file is left: \(after.keys.sorted())")
    }

    /// Every step of the write (3 staged files, then moving aside and replacing) fails in turn.
    @Test(arguments: 1...9)
    func aFailureAtAnyStepLeavesTheFolderAsItWas(step: Int) throws {
        let (folder, plans) = try prepare()
        let before = folder.snapshot()
        let beforeFolders = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").sorted()
        #expect(throws: Diagnostic.self) { try OutputWriter.write(plans, failingAtStep: step) }
        #expect(folder.snapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").sorted() == beforeFolders)
    }

    /// A first generation writes the new folder as one temporary folder and renames it into place;
    /// a failure at any of its steps (make the folder, write each file, rename) leaves no trace.
    @Test(arguments: 0...5)
    func aNewFolderIsWrittenWholeOrNotAtAll(failingAtStep step: Int) throws {
        let folder = try TemporaryFolder()
        let plan = OutputPlan(directory: folder.path + "/Sources/New", files: [
            GeneratedFile(path: "A.swift", contents: Self.header + "a\n"),
            GeneratedFile(path: "Models/B.swift", contents: Self.header + "b\n"),
            GeneratedFile(path: "Models/C.swift", contents: Self.header + "c\n"),
        ])
        if step == 0 {
            let changes = try OutputWriter.write([plan])
            #expect(changes.written.count == 3)
            #expect(folder.snapshot() == ["Sources/New/A.swift": Data((Self.header + "a\n").utf8),
                                          "Sources/New/Models/B.swift": Data((Self.header + "b\n").utf8),
                                          "Sources/New/Models/C.swift": Data((Self.header + "c\n").utf8)])
        } else {
            #expect(throws: Diagnostic.self) { try OutputWriter.write([plan], failingAtStep: step) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}

@Suite struct SingleFileOutputTests {
    /// `--single-file` into a folder shared with other files (the plugin's work folder, a
    /// scratch folder) replaces its own file only: other generated files there are not stale.
    @Test func aSingleFileLeavesItsNeighboursAlone() throws {
        let folder = try TemporaryFolder()
        let other = OutputWriterTests.header + "another module\n"
        try folder.write("Other.swift", other)
        try folder.write("deep/Nested.swift", other)
        let plan = OutputPlan(directory: folder.path, files: [GeneratedFile(path: "Mine.swift", contents: OutputWriterTests.header + "mine\n")],
                              ownsDirectory: false)
        let changes = try OutputWriter.write([plan])
        #expect(changes.removed.isEmpty)
        #expect(folder.snapshot()["Other.swift"] == Data(other.utf8))
        #expect(folder.snapshot()["deep/Nested.swift"] == Data(other.utf8))
        #expect(folder.snapshot()["Mine.swift"] == Data((OutputWriterTests.header + "mine\n").utf8))
    }
}
