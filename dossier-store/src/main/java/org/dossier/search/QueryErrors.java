package org.dossier.search;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.IndexSearcher;

/**
 * Says what is wrong with a query that cannot be read, in words a user can act on: the parser's own messages
 * name grammar tokens and line numbers.
 */
final class QueryErrors {
  private static final String SPECIAL = "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /";

  private QueryErrors() {}

  static String explain(String query, ParseException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof QueryReader.UserError) return t.getMessage();
      if (t instanceof IndexSearcher.TooManyClauses) return tooManyTerms();
    }
    String unbalanced = unbalanced(query);
    if (unbalanced != null) return unbalanced;
    ParseException syntax = e.getCause() instanceof ParseException p ? p : e;
    Token last = syntax.currentToken;
    Token next = last == null ? null : last.next;
    if (next != null && last.kind == QueryParserConstants.CARAT) {
      return "A \"^\" raises the weight of the word before it and needs a number after it, as in peace^2.";
    }
    if (next != null && next.kind == QueryParserConstants.EOF) {
      return "The query ends where a search term is expected (after \"" + last.image + "\"): AND, OR, NOT, + and - need "
          + "a term after them, and a field name such as title: needs a word or a group in parentheses.";
    }
    if (next != null && isOperator(next.kind)) {
      return "\"" + next.image + "\" at character " + (next.beginColumn + 1) + " needs a search term before it. To search for "
          + "the word itself, write it in lower case or in quotes.";
    }
    if (next != null) {
      return "The query cannot be read at character " + (next.beginColumn + 1) + " (\"" + next.image + "\"). Put words with "
          + "special characters (" + SPECIAL + ") in quotes, or put a backslash before the character.";
    }
    if (query.endsWith("\\") && !query.endsWith("\\\\")) {
      return "The query ends with a backslash, which escapes nothing: remove it, or write \\\\ to search for a backslash.";
    }
    return "The query cannot be read. Put words with special characters (" + SPECIAL + ") in quotes, or put a backslash "
        + "before the character.";
  }

  static String tooManyTerms() {
    return "The query is too large: it comes to more than " + IndexSearcher.getMaxClauseCount() + " terms (each word "
        + "is looked for in several fields, and a name in all its spellings). Use fewer words or names.";
  }

  private static boolean isOperator(int kind) {
    return kind == QueryParserConstants.AND || kind == QueryParserConstants.OR || kind == QueryParserConstants.NOT
        || kind == QueryParserConstants.CARAT || kind == QueryParserConstants.COLON;
  }

  /** An unclosed quotation mark, parenthesis or range bracket, or a closing one without its opening. */
  private static String unbalanced(String query) {
    Deque<Integer> open = new ArrayDeque<>();
    int quote = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quote = quote < 0 ? i : -1;
      } else if (quote >= 0) {
        continue;
      } else if (c == '(' || c == '[' || c == '{') {
        open.push(i);
      } else if (c == ')' || c == ']' || c == '}') {
        if (open.isEmpty()) {
          return "The \"" + c + "\" at character " + (i + 1) + " closes nothing: remove it, or put it in quotes to search for it.";
        }
        int at = open.pop();
        char opening = query.charAt(at);
        if ((c == ')') != (opening == '(')) {
          return "The \"" + opening + "\" at character " + (at + 1) + " is closed by \"" + c + "\" at character " + (i + 1)
              + ": a group is written (...), a range [from TO to].";
        }
      }
    }
    if (quote >= 0) {
      return "The quotation mark at character " + (quote + 1) + " is not closed: add the closing \" or remove it.";
    }
    if (!open.isEmpty()) {
      int at = open.peekLast();
      char opening = query.charAt(at);
      String closing = opening == '(' ? ")" : "]";
      return "The \"" + opening + "\" at character " + (at + 1) + " is not closed: add \"" + closing + "\" or remove it.";
    }
    return null;
  }
}
