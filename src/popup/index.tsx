import { render } from "preact";
function Popup() {
  return <main>Whosaid</main>;
}
render(<Popup />, document.getElementById("app")!);
