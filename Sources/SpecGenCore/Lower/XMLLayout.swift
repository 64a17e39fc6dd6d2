/// Where a contract's values go in XML, from its `xml` objects (the generator lays out models with it,
/// the mock server writes examples with it):
///
/// - a model's element is its `xml.name`, else its definition's name;
/// - a member is an element named by its own `xml.name`, else by the `xml.name` of the model it
///   refers to, else by the property's name; `attribute: true` makes it an attribute and
///   `x-ms-text: true` the element's text;
/// - an array member is its items side by side, or inside a wrapper element with
///   `wrapped: true`; items are named by their `xml.name`, their model's, (wrapped) the
///   definition they refer to, else the property's name (AutoRest's reading of Swagger's rules);
/// - a top-level array is a root element (the array's `xml.name`) around its items.
public struct XMLLayout: Sendable {
    public let contract: Contract

    public init(contract: Contract) {
        self.contract = contract
    }

    /// Own and inherited (`allOf`) properties, ancestors first, each name once.
    public func properties(of schema: Schema) -> [Schema.Property] {
        var result: [Schema.Property] = []
        var seen = Set<String>()
        func collect(_ schema: Schema, depth: Int) {
            guard depth < 32 else { return }
            for parent in schema.allOf ?? [] { collect(contract.resolved(parent), depth: depth + 1) }
            for property in schema.properties ?? [] where seen.insert(property.name).inserted { result.append(property) }
        }
        collect(schema, depth: 0)
        return result
    }

    public func member(_ property: String, _ schema: Schema) -> XMLMemberDecl {
        let resolved = contract.resolved(schema)
        // Keywords written beside a `$ref` come first, then the target's.
        let own = schema.xml
        let target = schema.reference != nil ? resolved.xml : nil
        if own?.isText == true || target?.isText == true {
            return XMLMemberDecl(wireName: property, name: XMLNameDecl(local: property), layout: .text)
        }
        if own?.isAttribute == true || target?.isAttribute == true {
            return XMLMemberDecl(wireName: property, name: elementName(own ?? target, fallback: property), layout: .attribute)
        }
        if let items = resolved.items {
            let wrapped = (own ?? target)?.isWrapped == true
            let itemName = self.itemName(items, fallback: property, wrapped: wrapped)
            return XMLMemberDecl(wireName: property, name: elementName(own ?? target, fallback: property),
                                 layout: wrapped ? .wrappedList(itemName: itemName) : .list(itemName: itemName))
        }
        let named = own?.name != nil ? own : target
        return XMLMemberDecl(wireName: property, name: elementName(named, fallback: property), layout: .element)
    }

    public func itemName(_ items: Schema, fallback: String, wrapped: Bool) -> String {
        let resolved = contract.resolved(items)
        let definition = wrapped ? contract.finalReference(of: items)?.definitionName : nil
        return elementName(items.xml?.name != nil ? items.xml : resolved.xml, fallback: definition ?? fallback).qualified
    }

    /// A top-level array's root and item names (nil when the schema is not an array).
    public func listDecl(_ schema: Schema) -> XMLListDecl? {
        let resolved = contract.resolved(schema)
        guard let items = resolved.items else { return nil }
        let definition = contract.finalReference(of: schema)?.definitionName
        let name = elementName(schema.xml?.name != nil ? schema.xml : resolved.xml, fallback: definition ?? "root")
        return XMLListDecl(name: name, itemName: itemName(items, fallback: "item", wrapped: true))
    }

    public func elementName(_ xml: XMLObject?, fallback: String) -> XMLNameDecl {
        XMLNameDecl(local: xml?.name ?? fallback, prefix: xml?.prefix, namespace: xml?.namespace)
    }
}
