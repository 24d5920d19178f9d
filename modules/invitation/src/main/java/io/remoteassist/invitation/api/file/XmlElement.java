package io.remoteassist.invitation.api.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of the small XML documents of this package, as read by {@link SafeXml}: its name, its attributes
 * (values with entities resolved) and its child elements. Text between elements is whitespace by construction.
 *
 * @param name the element name
 * @param attributes the attributes by name
 * @param children the child elements in document order
 */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** Returns the attribute's value, if present. */
    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** Returns the attribute's value or fails with an error naming the attribute. */
    String requiredAttribute(String attributeName) throws InvitationFileException {
        String value = attributes.get(attributeName);
        if (value == null) {
            throw new InvitationFileException(attributeName, "missing from <" + name + ">");
        }
        return value;
    }

    /** Returns the children with the given name, in document order. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** Returns the only child with the given name or fails with an error naming it. */
    XmlElement onlyChild(String childName) throws InvitationFileException {
        List<XmlElement> found = children(childName);
        if (found.size() != 1) {
            throw new InvitationFileException(childName,
                    found.isEmpty() ? "missing from <" + name + ">" : "more than one in <" + name + ">");
        }
        return found.get(0);
    }
}
