import { render } from "preact";
function Options() {
  return <main>Whosaid options</main>;
}
render(<Options />, document.getElementById("app")!);
