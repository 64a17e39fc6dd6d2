/// A parsed pattern compiled for matching: first a Thompson NFA (a few states per piece of the
/// pattern, `x{m,n}` spelled out as m copies and n − m optional ones), then, when it stays small, the equivalent DFA (subset
/// construction), so that a match costs one table lookup per input scalar.
///
/// Matching answers only "is there a match anywhere", which is all `pattern` asks. For that question
/// greedy and lazy quantifiers, and ECMA-262's empty-iteration check, make no difference, so every
/// pattern `PatternMatcher` parses is regular and the answer is exact. `^` and `$` hold only at the
/// start and the end of the input (JSON Schema patterns are not multiline).
struct PatternAutomaton {
    /// Past these sizes the NFA is refused (the caller uses ICU) or not turned into a DFA (the NFA is simulated).
    static let nfaStateLimit = 5_000
    static let dfaStateLimit = 2_000
    /// NFA states the subset construction may visit in all, so that compiling stays in milliseconds.
    static let constructionBudget = 250_000

    private let nfa: NFA
    private let alphabet: Alphabet
    private let dfa: DFA?

    init?(_ root: PatternMatcher.Node) {
        var builder = NFA.Builder()
        guard let end = builder.add(root, from: 0) else { return nil }
        nfa = builder.finish(accepting: end)
        alphabet = Alphabet(nfa.scalarSets)
        dfa = DFA(nfa: nfa, alphabet: alphabet)
    }

    func matches(_ text: String) -> Bool {
        if let dfa { return dfa.matches(text, alphabet: alphabet) }
        return nfa.simulate(text, alphabet: alphabet)
    }
}

// MARK: - Input classes

/// Splits the scalar values into intervals no pattern set cuts through; every scalar of one
/// interval (a class) behaves the same, so tables are indexed by class, not by scalar.
struct Alphabet {
    /// The class of each ASCII scalar: the common case, one array read.
    private let asciiClasses: [Int]
    /// First scalar value of each interval, ascending; the class of interval `i` is `i`.
    let intervalStarts: [UInt32]

    var classCount: Int { intervalStarts.count }

    init(_ sets: [[ClosedRange<UInt32>]]) {
        var starts: Set<UInt32> = [0]
        for set in sets {
            for range in set {
                starts.insert(range.lowerBound)
                if range.upperBound < 0x10FFFF { starts.insert(range.upperBound + 1) }
            }
        }
        intervalStarts = starts.sorted()
        var ascii: [Int] = []
        var interval = 0
        for value in UInt32(0)..<128 {
            while interval + 1 < intervalStarts.count && intervalStarts[interval + 1] <= value { interval += 1 }
            ascii.append(interval)
        }
        asciiClasses = ascii
    }

    @inline(__always)
    func classOf(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 128 { return asciiClasses[Int(value)] }
        // The last interval starting at or before the value.
        var low = 0, high = intervalStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if intervalStarts[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// One scalar value standing for every member of the class.
    func representative(ofClass index: Int) -> UInt32 { intervalStarts[index] }
}

// MARK: - NFA

struct NFA {
    enum Edge {
        case epsilon(to: Int)
        /// Taken on a scalar inside one of the (sorted, disjoint) ranges.
        case scalar(in: [ClosedRange<UInt32>], to: Int)
        /// `^`: only at the start of the input.
        case atStart(to: Int)
        /// `$`: only at the end of the input.
        case atEnd(to: Int)
    }

    let edges: [[Edge]]
    let accepting: Int

    var scalarSets: [[ClosedRange<UInt32>]] {
        edges.flatMap { $0.compactMap { edge in if case .scalar(let ranges, _) = edge { ranges } else { nil } } }
    }

    /// Thompson construction: each pattern piece becomes a fragment between two states.
    struct Builder {
        var edges: [[Edge]] = [[]]

        mutating func newState() -> Int? {
            guard edges.count < PatternAutomaton.nfaStateLimit else { return nil }
            edges.append([])
            return edges.count - 1
        }

        /// Adds `node` starting at state `from`; returns the state it ends in, nil when too large.
        mutating func add(_ node: PatternMatcher.Node, from: Int) -> Int? {
            switch node {
            case .scalar(let scalar):
                return consume([scalar.value...scalar.value], from: from)
            case .any:
                // Everything but the ECMA-262 line terminators (\n, \r, U+2028, U+2029).
                return consume([0...9, 11...12, 14...0x2027, 0x202A...0x10FFFF], from: from)
            case .set(let set, let negated):
                let ranges = Self.normalized(set.ranges)
                return consume(negated ? Self.complement(ranges) : ranges, from: from)
            case .start:
                guard let to = newState() else { return nil }
                edges[from].append(.atStart(to: to))
                return to
            case .end:
                guard let to = newState() else { return nil }
                edges[from].append(.atEnd(to: to))
                return to
            case .group(let inner):
                return add(inner, from: from)
            case .sequence(let items):
                var current = from
                for item in items {
                    guard let next = add(item, from: current) else { return nil }
                    current = next
                }
                return current
            case .alternation(let options):
                guard let end = newState() else { return nil }
                for option in options {
                    guard let begin = newState(), let finish = add(option, from: begin) else { return nil }
                    edges[from].append(.epsilon(to: begin))
                    edges[finish].append(.epsilon(to: end))
                }
                return end
            case .repeating(let inner, let minimum, let maximum, _):
                var current = from
                for _ in 0..<minimum {
                    guard let next = add(inner, from: current) else { return nil }
                    current = next
                }
                guard let maximum else {
                    // Zero or more further iterations: a loop through one state.
                    guard let loop = newState(), let body = add(inner, from: loop) else { return nil }
                    edges[current].append(.epsilon(to: loop))
                    edges[body].append(.epsilon(to: loop))
                    return loop
                }
                // Up to `maximum - minimum` further iterations, nested: before each one the match may
                // leave straight for the end (x{0,3} = (x(x(x)?)?)?), so closures stay small.
                guard maximum > minimum else { return current }
                guard let end = newState() else { return nil }
                for _ in minimum..<maximum {
                    edges[current].append(.epsilon(to: end))
                    guard let body = add(inner, from: current) else { return nil }
                    current = body
                }
                edges[current].append(.epsilon(to: end))
                return end
            }
        }

        private mutating func consume(_ ranges: [ClosedRange<UInt32>], from: Int) -> Int? {
            guard let to = newState() else { return nil }
            edges[from].append(.scalar(in: ranges, to: to))
            return to
        }

        func finish(accepting: Int) -> NFA { NFA(edges: edges, accepting: accepting) }

        static func normalized(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
            var merged: [ClosedRange<UInt32>] = []
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                    merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
                } else {
                    merged.append(range)
                }
            }
            return merged
        }

        static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
            var result: [ClosedRange<UInt32>] = []
            var next: UInt32 = 0
            for range in ranges {
                if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
                next = range.upperBound + 1
            }
            if next <= 0x10FFFF { result.append(next...0x10FFFF) }
            return result
        }
    }

    /// The states reachable from `states` without reading input. `^` edges count only at the start
    /// of the input, `$` edges only at its end. Sorted, so equal sets compare equal.
    func closure(_ states: [Int], atStart: Bool, atEnd: Bool, marks: inout Marks) -> [Int] {
        marks.clear(count: edges.count)
        var stack = states
        var result: [Int] = []
        while let state = stack.popLast() {
            guard marks.insert(state) else { continue }
            result.append(state)
            for edge in edges[state] {
                switch edge {
                case .epsilon(let to): stack.append(to)
                case .atStart(let to) where atStart: stack.append(to)
                case .atEnd(let to) where atEnd: stack.append(to)
                default: break
                }
            }
        }
        return result.sorted()
    }

    /// The closure of the states reached from `states` by reading one scalar (any scalar of the
    /// class `value` stands for). State 0 is added back each time: a match may begin anywhere.
    func step(_ states: [Int], classRepresentative value: UInt32, marks: inout Marks) -> [Int] {
        var next: [Int] = [0]
        for state in states {
            for case .scalar(let ranges, let to) in edges[state] where ranges.contains(where: { $0.contains(value) }) {
                next.append(to)
            }
        }
        return closure(next, atStart: false, atEnd: false, marks: &marks)
    }

    /// Set-of-states simulation, for patterns whose DFA would be too large.
    func simulate(_ text: String, alphabet: Alphabet) -> Bool {
        var marks = Marks()
        var states = closure([0], atStart: true, atEnd: false, marks: &marks)
        var atStart = true
        for scalar in text.unicodeScalars {
            if states.contains(accepting) { return true }
            states = step(states, classRepresentative: alphabet.representative(ofClass: alphabet.classOf(scalar)), marks: &marks)
            atStart = false
        }
        return closure(states, atStart: atStart, atEnd: true, marks: &marks).contains(accepting)
    }

    /// A set of NFA states that empties in O(1): a state is in it when its mark equals the current
    /// generation. Closures run thousands of times while a DFA is built.
    struct Marks {
        private var marks: [UInt32] = []
        private var generation: UInt32 = 0

        mutating func clear(count: Int) {
            if marks.count < count {
                marks = [UInt32](repeating: 0, count: count)
                generation = 0
            }
            generation &+= 1
            if generation == 0 {
                marks = [UInt32](repeating: 0, count: marks.count)
                generation = 1
            }
        }

        /// False when `state` was already in the set.
        mutating func insert(_ state: Int) -> Bool {
            guard marks[state] != generation else { return false }
            marks[state] = generation
            return true
        }
    }
}

// MARK: - DFA

/// The subset construction of the NFA, one state per reachable set of NFA states.
struct DFA {
    /// `transitions[state * classCount + class]`.
    private let transitions: [Int32]
    private let classCount: Int
    /// A match has been found once the automaton is in one of these states.
    private let matchedBefore: [Bool]
    /// A match is found if the input ends in one of these states (`$` holds there).
    private let matchedAtEnd: [Bool]

    /// Nil when the DFA would have more than `PatternAutomaton.dfaStateLimit` states, or would take
    /// more than `PatternAutomaton.constructionBudget` steps to build.
    init?(nfa: NFA, alphabet: Alphabet) {
        classCount = alphabet.classCount
        // State 0 is the start of the input; it is the only state where `^` holds, so it is never
        // merged with a later state that happens to hold the same NFA states.
        var marks = NFA.Marks()
        var sets: [[Int]] = [nfa.closure([0], atStart: true, atEnd: false, marks: &marks)]
        var index: [[Int]: Int] = [:]
        var transitions: [Int32] = []
        var visited = 0
        var current = 0
        while current < sets.count {
            for inputClass in 0..<classCount {
                let next = nfa.step(sets[current], classRepresentative: alphabet.representative(ofClass: inputClass), marks: &marks)
                visited += next.count
                guard visited <= PatternAutomaton.constructionBudget else { return nil }
                let target: Int
                if let known = index[next] {
                    target = known
                } else {
                    guard sets.count < PatternAutomaton.dfaStateLimit else { return nil }
                    sets.append(next)
                    target = sets.count - 1
                    index[next] = target
                }
                transitions.append(Int32(target))
            }
            current += 1
        }
        self.transitions = transitions
        matchedBefore = sets.map { $0.contains(nfa.accepting) }
        matchedAtEnd = sets.enumerated().map { state, set in
            nfa.closure(set, atStart: state == 0, atEnd: true, marks: &marks).contains(nfa.accepting)
        }
    }

    func matches(_ text: String, alphabet: Alphabet) -> Bool {
        var state = 0
        for scalar in text.unicodeScalars {
            if matchedBefore[state] { return true }
            state = Int(transitions[state &* classCount &+ alphabet.classOf(scalar)])
        }
        return matchedBefore[state] || matchedAtEnd[state]
    }
}
