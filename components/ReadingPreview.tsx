/**
 * A sample of article text in the reader's current reading settings (the
 * variables hooks/useReadingStyle.ts sets), so a change shows at once.
 */
export function ReadingPreview() {
  return (
    <figure class="reading-preview" data-testid="reading-preview">
      <figcaption>Preview</figcaption>
      <div class="article-body" lang="en">
        <p>
          The harbour was quiet when the first boats came back. Fishermen unloaded their catch under the grey morning
          light, and the market woke slowly around them: a radio, a kettle, the scrape of crates on stone. By eight
          o’clock the square was full, and the smell of coffee had won against the sea.
        </p>
      </div>
    </figure>
  );
}
