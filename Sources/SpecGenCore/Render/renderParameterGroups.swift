/// `x-ms-parameter-grouping`: a struct per group, taken by initializers and client methods in
/// place of its members.
extension ModuleRenderer {
    /// One argument of an operation's initializer (and client method).
    enum InitializerArgument {
        case parameter(ParameterDecl)
        case group(ParameterGroupDecl)

        var label: String {
            switch self {
            case .parameter(let parameter): return parameter.swiftName
            case .group(let group): return Naming.memberName(group.name)
            }
        }
    }

    /// The initializer's arguments: required parameters, then the groups, then optional and
    /// defaulted parameters, each in contract order. Constants are not asked for.
    func initializerArguments(_ operation: OperationDecl) -> [InitializerArgument] {
        let variable = operation.parameters.filter { $0.constant == nil }
        let ungrouped = variable.filter { $0.group == nil }
        var groups: [String] = []
        for parameter in variable { if let group = parameter.group, !groups.contains(group) { groups.append(group) } }
        let required = ungrouped.filter { $0.isRequired && $0.defaultValue == nil }.map(InitializerArgument.parameter)
        let optional = ungrouped.filter { !($0.isRequired && $0.defaultValue == nil) }.map(InitializerArgument.parameter)
        let grouped = groups.compactMap { name in module.parameterGroups.first { $0.name == name } }.map(InitializerArgument.group)
        return required + grouped + optional
    }

    /// `label: Type = default` for a declaration of the argument.
    func argumentDeclaration(_ argument: InitializerArgument) -> String {
        switch argument {
        case .parameter(let parameter):
            return "\(Naming.escaped(parameter.swiftName)): " + typeAndDefault(parameter)
        case .group(let group):
            return "\(Naming.escaped(argument.label)): \(group.name)" + (group.isOptional ? "? = nil" : "")
        }
    }

    /// `Type`, `Type = default` or `Type? = nil`: how a parameter is declared as an argument.
    func typeAndDefault(_ parameter: ParameterDecl) -> String {
        if let value = parameter.defaultValue { return parameter.type.rendered + " = " + defaultExpression(value) }
        return parameter.type.rendered + (parameter.isRequired ? "" : "? = nil")
    }

    /// The initializer's value for a parameter: its argument, or its member of the group argument.
    func storedValue(_ parameter: ParameterDecl, from group: ParameterGroupDecl?) -> String {
        let name = Naming.escaped(parameter.swiftName)
        guard let group else { return name }
        let label = Naming.escaped(InitializerArgument.group(group).label)
        guard group.isOptional else { return "\(label).\(name)" }
        return "\(label)?.\(name)" + (parameter.defaultValue.map { " ?? " + defaultExpression($0) } ?? "")
    }

    func renderParameterGroup(_ group: ParameterGroupDecl) -> String {
        var writer = CodeWriter()
        writer.doc("Parameters passed together (`x-ms-parameter-grouping`) to the operations that name `\(group.name)`.")
        writer.block("\(access)struct \(group.name): Sendable") { writer in
            for member in group.members {
                writer.doc(member.doc, remarks: ["`\(member.wireName)` in \(member.location.rawValue)."])
                let optional = !member.isRequired && member.defaultValue == nil
                writer.line("\(access)var \(Naming.escaped(member.swiftName)): \(member.type.rendered)\(optional ? "?" : "")")
            }
            writer.line()
            let ordered = group.members.filter { $0.isRequired && $0.defaultValue == nil } + group.members.filter { !($0.isRequired && $0.defaultValue == nil) }
            writer.block("\(access)init(\(ordered.map { argumentDeclaration(.parameter($0)) }.joined(separator: ", ")))") { writer in
                for member in ordered { writer.line("self.\(Naming.escaped(member.swiftName)) = \(Naming.escaped(member.swiftName))") }
            }
        }
        return writer.text
    }
}
