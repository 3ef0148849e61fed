// Copies the README's Java example (between the readme-example markers) into the consumer's sources,
// so the consumer compiles exactly what the README shows.
def readme = new File(readmePath).getText('UTF-8')
def begin = '<!-- readme-example:begin -->\n```java\n'
def end = '```\n<!-- readme-example:end -->'
int from = readme.indexOf(begin)
int to = readme.indexOf(end)
assert from >= 0 && to > from : "README.md has a java block between the readme-example markers"
def source = new File(basedir, 'src/main/java/ReadmeExample.java')
source.parentFile.mkdirs()
source.setText(readme.substring(from + begin.length(), to), 'UTF-8')
return true
