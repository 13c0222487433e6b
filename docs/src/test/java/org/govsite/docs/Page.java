package org.govsite.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One guide, docs/&lt;name&gt;.md, cut into its fenced code blocks.
 *
 * <p>A fence opens with three backticks at the start of a line followed by the block's language
 * ({@code java}, {@code text}, {@code json} …, or nothing) and closes with three backticks alone.
 * A {@code text} block that comes right after a {@code java} block, with only prose between them
 * (no heading, no other block), shows what the java block prints.
 *
 * @param name the file name, e.g. {@code mailbox.md}
 * @param lines the page's lines
 * @param fences the page's fenced blocks, in order
 */
record Page(String name, List<String> lines, List<Fence> fences) {
  private static final String FENCE = "```";

  /**
   * A fenced block.
   *
   * @param language the first word after the opening backticks, or "" for none
   * @param line the page's line number (1-based) of the opening fence
   * @param body the lines between the fences
   * @param afterHeading whether a heading stands between the previous block and this one
   */
  record Fence(String language, int line, List<String> body, boolean afterHeading) {
    /** The page's line number of the first line of the body. */
    int firstBodyLine() {
      return line + 1;
    }
  }

  /** A {@code java} block with what it should print, when the page shows that. */
  record JavaBlock(Page page, int number, Fence fence, Optional<Fence> output) {
    /** Names the block for messages: {@code docs/mailbox.md, java block 1 (line 14)}. */
    String describe() {
      return "docs/" + page.name() + ", java block " + number + " (line " + fence.firstBodyLine() + ")";
    }
  }

  /** Reads and cuts a page; an unclosed fence is an error naming its line. */
  static Page read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Fence> fences = new ArrayList<>();
    boolean heading = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(FENCE)) {
        String info = line.substring(FENCE.length()).strip();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        int open = i;
        List<String> body = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).stripTrailing().equals(FENCE); i++) {
          body.add(lines.get(i));
        }
        if (i == lines.size()) {
          throw new IllegalStateException("docs/" + file.getFileName() + " line " + (open + 1) + ": the code block never closes");
        }
        fences.add(new Fence(language, open + 1, List.copyOf(body), heading));
        heading = false;
      } else if (line.startsWith("#")) {
        heading = true;
      }
    }
    return new Page(file.getFileName().toString(), List.copyOf(lines), List.copyOf(fences));
  }

  /** Returns the page's {@code java} blocks, numbered from 1, each with its output block if it has one. */
  List<JavaBlock> javaBlocks() {
    List<JavaBlock> blocks = new ArrayList<>();
    for (int i = 0; i < fences.size(); i++) {
      Fence f = fences.get(i);
      if (f.language().equals("java")) {
        Optional<Fence> output = Optional.empty();
        if (i + 1 < fences.size() && fences.get(i + 1).language().equals("text") && !fences.get(i + 1).afterHeading()) {
          output = Optional.of(fences.get(i + 1));
        }
        blocks.add(new JavaBlock(this, blocks.size() + 1, f, output));
      }
    }
    return blocks;
  }
}
