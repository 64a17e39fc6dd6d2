/// A unified diff (`diff -u` style, 3 lines of context) between two texts.
public enum UnifiedDiff {
    private enum Step { case same(String), removed(String), added(String) }

    public static func make(old: String, new: String, oldName: String, newName: String) -> String {
        let oldLines = old.isEmpty ? [] : old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLines = new.isEmpty ? [] : new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let steps = script(oldLines, newLines)
        guard steps.contains(where: { if case .same = $0 { return false } else { return true } }) else { return "" }

        var output = "--- \(oldName)\n+++ \(newName)\n"
        let context = 3
        var index = 0
        var oldLine = 1, newLine = 1
        // Positions (old, new line numbers) before each step, to number hunks.
        var positions: [(Int, Int)] = []
        for step in steps {
            positions.append((oldLine, newLine))
            switch step {
            case .same: oldLine += 1; newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        let changed = steps.indices.filter { if case .same = steps[$0] { return false } else { return true } }
        while index < changed.count {
            let start = max(0, changed[index] - context)
            var end = changed[index]
            while index + 1 < changed.count && changed[index + 1] - end <= 2 * context {
                index += 1
                end = changed[index]
            }
            end = min(steps.count - 1, end + context)
            var oldCount = 0, newCount = 0, body = ""
            for step in steps[start...end] {
                switch step {
                case .same(let line): body += " \(line)\n"; oldCount += 1; newCount += 1
                case .removed(let line): body += "-\(line)\n"; oldCount += 1
                case .added(let line): body += "+\(line)\n"; newCount += 1
                }
            }
            let (oldStart, newStart) = positions[start]
            output += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n" + body
            index += 1
        }
        return output
    }

    /// The edit script, from the standard library's (Myers) difference.
    private static func script(_ old: [String], _ new: [String]) -> [Step] {
        let difference = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var steps: [Step] = []
        var oldIndex = 0, newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count && removed.contains(oldIndex) {
                steps.append(.removed(old[oldIndex])); oldIndex += 1
            } else if newIndex < new.count && inserted.contains(newIndex) {
                steps.append(.added(new[newIndex])); newIndex += 1
            } else {
                if oldIndex < old.count { steps.append(.same(old[oldIndex])) }
                oldIndex += 1; newIndex += 1
            }
        }
        return steps
    }
}
