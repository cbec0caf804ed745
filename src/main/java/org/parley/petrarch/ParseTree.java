package org.parley.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Penn Treebank constituency tree, as CoreNLP prints it and as PETRARCH's records ship it:
 * "(ROOT (S (NP (NNP Arnor)) (VP ...)))". Words are kept upper-cased, as the dictionaries are.
 */
public final class ParseTree {

    public final String label;
    /** The word of a leaf (a part-of-speech node), else null. */
    public final String word;
    public final List<ParseTree> children = new ArrayList<>();
    public ParseTree parent;
    /** The position of a leaf among the tree's leaves (its token in the sentence), else -1. */
    public int leaf = -1;

    private ParseTree(String label, String word) {
        this.label = label;
        this.word = word;
    }

    public boolean isLeaf() {
        return word != null;
    }

    public boolean is(String prefix) {
        return label.startsWith(prefix);
    }

    /** Parses a bracketed tree; throws IllegalArgumentException naming the position of an unbalanced bracket. */
    public static ParseTree parse(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                if (c != ' ' && !Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        int[] at = {0, 0};
        ParseTree root = read(tokens, at);
        if (at[0] != tokens.size()) {
            throw new IllegalArgumentException("text after the end of the tree at token " + at[0]);
        }
        return root.label.equals("ROOT") && root.children.size() == 1 ? root.children.get(0) : root;
    }

    private static ParseTree read(List<String> tokens, int[] at) {
        if (at[0] >= tokens.size() || !tokens.get(at[0]).equals("(")) {
            throw new IllegalArgumentException("expected '(' at token " + at[0]);
        }
        at[0]++;
        String label = at[0] < tokens.size() && !tokens.get(at[0]).equals("(") ? tokens.get(at[0]++) : "";
        if (at[0] < tokens.size() && !tokens.get(at[0]).equals("(") && !tokens.get(at[0]).equals(")")) {
            ParseTree leaf = new ParseTree(label, tokens.get(at[0]++).toUpperCase(Locale.ROOT));
            leaf.leaf = at[1]++;
            expectClose(tokens, at);
            return leaf;
        }
        ParseTree node = new ParseTree(label, null);
        while (at[0] < tokens.size() && tokens.get(at[0]).equals("(")) {
            ParseTree child = read(tokens, at);
            child.parent = node;
            node.children.add(child);
        }
        expectClose(tokens, at);
        return node;
    }

    private static void expectClose(List<String> tokens, int[] at) {
        if (at[0] >= tokens.size() || !tokens.get(at[0]).equals(")")) {
            throw new IllegalArgumentException("unbalanced brackets: missing ')' at token " + at[0]);
        }
        at[0]++;
    }

    /** The words of this subtree in order. */
    public List<String> words() {
        List<String> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(ParseTree node, List<String> out) {
        if (node.isLeaf()) {
            out.add(node.word);
        } else {
            node.children.forEach(c -> collect(c, out));
        }
    }

    /** Whether a node of this subtree (itself excluded) has a label starting with one of the prefixes. */
    public boolean contains(String... prefixes) {
        for (ParseTree c : children) {
            for (String p : prefixes) {
                if (c.label.equals(p) || (p.endsWith("*") && c.label.startsWith(p.substring(0, p.length() - 1)))) {
                    return true;
                }
            }
            if (c.contains(prefixes)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        if (isLeaf()) {
            return "(" + label + " " + word + ")";
        }
        StringBuilder b = new StringBuilder("(").append(label);
        children.forEach(c -> b.append(' ').append(c));
        return b.append(')').toString();
    }
}
