package dev.longtake.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import dev.longtake.dsl.services.ShotsGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalShotsParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_WHOLE_SECONDS", "RULE_STRING", "RULE_ID", "RULE_WIDTH", "RULE_CAMERA_MOVE", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'out'", "'cut'", "'crossfade'", "'dip'", "'in'", "'into'", "'through'", "'project'", "'{'", "'}'", "'song'", "'tempo'", "'bpm'", "','", "'beats'", "'per'", "'bar'", "'format'", "'deliver'", "'backend'", "'budget'", "'at'", "'fps'", "'style'", "'character'", "'reference'", "'location'", "'sequence'", "'.'", "'transition'", "'shot'", "'takes'", "'seed'", "'continues'", "'from'", "'image'", "':'", "'to'", "'with'"
    };
    public static final int T__50=50;
    public static final int RULE_WIDTH=8;
    public static final int T__19=19;
    public static final int RULE_CAMERA_MOVE=9;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__14=14;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int RULE_ID=7;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=4;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int RULE_ML_COMMENT=10;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int RULE_STRING=6;
    public static final int RULE_WHOLE_SECONDS=5;
    public static final int RULE_SL_COMMENT=11;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int RULE_WS=12;
    public static final int RULE_ANY_OTHER=13;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;

    // delegates
    // delegators


        public InternalShotsParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalShotsParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalShotsParser.tokenNames; }
    public String getGrammarFileName() { return "InternalShots.g"; }


    	private ShotsGrammarAccess grammarAccess;

    	public void setGrammarAccess(ShotsGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRuleScript"
    // InternalShots.g:53:1: entryRuleScript : ruleScript EOF ;
    public final void entryRuleScript() throws RecognitionException {
        try {
            // InternalShots.g:54:1: ( ruleScript EOF )
            // InternalShots.g:55:1: ruleScript EOF
            {
             before(grammarAccess.getScriptRule()); 
            pushFollow(FOLLOW_1);
            ruleScript();

            state._fsp--;

             after(grammarAccess.getScriptRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleScript"


    // $ANTLR start "ruleScript"
    // InternalShots.g:62:1: ruleScript : ( ( rule__Script__Group__0 ) ) ;
    public final void ruleScript() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:66:2: ( ( ( rule__Script__Group__0 ) ) )
            // InternalShots.g:67:2: ( ( rule__Script__Group__0 ) )
            {
            // InternalShots.g:67:2: ( ( rule__Script__Group__0 ) )
            // InternalShots.g:68:3: ( rule__Script__Group__0 )
            {
             before(grammarAccess.getScriptAccess().getGroup()); 
            // InternalShots.g:69:3: ( rule__Script__Group__0 )
            // InternalShots.g:69:4: rule__Script__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Script__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getScriptAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleScript"


    // $ANTLR start "entryRuleProjectSettings"
    // InternalShots.g:78:1: entryRuleProjectSettings : ruleProjectSettings EOF ;
    public final void entryRuleProjectSettings() throws RecognitionException {
        try {
            // InternalShots.g:79:1: ( ruleProjectSettings EOF )
            // InternalShots.g:80:1: ruleProjectSettings EOF
            {
             before(grammarAccess.getProjectSettingsRule()); 
            pushFollow(FOLLOW_1);
            ruleProjectSettings();

            state._fsp--;

             after(grammarAccess.getProjectSettingsRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleProjectSettings"


    // $ANTLR start "ruleProjectSettings"
    // InternalShots.g:87:1: ruleProjectSettings : ( ( rule__ProjectSettings__Group__0 ) ) ;
    public final void ruleProjectSettings() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:91:2: ( ( ( rule__ProjectSettings__Group__0 ) ) )
            // InternalShots.g:92:2: ( ( rule__ProjectSettings__Group__0 ) )
            {
            // InternalShots.g:92:2: ( ( rule__ProjectSettings__Group__0 ) )
            // InternalShots.g:93:3: ( rule__ProjectSettings__Group__0 )
            {
             before(grammarAccess.getProjectSettingsAccess().getGroup()); 
            // InternalShots.g:94:3: ( rule__ProjectSettings__Group__0 )
            // InternalShots.g:94:4: rule__ProjectSettings__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleProjectSettings"


    // $ANTLR start "entryRuleVideoFormat"
    // InternalShots.g:103:1: entryRuleVideoFormat : ruleVideoFormat EOF ;
    public final void entryRuleVideoFormat() throws RecognitionException {
        try {
            // InternalShots.g:104:1: ( ruleVideoFormat EOF )
            // InternalShots.g:105:1: ruleVideoFormat EOF
            {
             before(grammarAccess.getVideoFormatRule()); 
            pushFollow(FOLLOW_1);
            ruleVideoFormat();

            state._fsp--;

             after(grammarAccess.getVideoFormatRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleVideoFormat"


    // $ANTLR start "ruleVideoFormat"
    // InternalShots.g:112:1: ruleVideoFormat : ( ( rule__VideoFormat__Group__0 ) ) ;
    public final void ruleVideoFormat() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:116:2: ( ( ( rule__VideoFormat__Group__0 ) ) )
            // InternalShots.g:117:2: ( ( rule__VideoFormat__Group__0 ) )
            {
            // InternalShots.g:117:2: ( ( rule__VideoFormat__Group__0 ) )
            // InternalShots.g:118:3: ( rule__VideoFormat__Group__0 )
            {
             before(grammarAccess.getVideoFormatAccess().getGroup()); 
            // InternalShots.g:119:3: ( rule__VideoFormat__Group__0 )
            // InternalShots.g:119:4: rule__VideoFormat__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__VideoFormat__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getVideoFormatAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleVideoFormat"


    // $ANTLR start "entryRuleFrameSize"
    // InternalShots.g:128:1: entryRuleFrameSize : ruleFrameSize EOF ;
    public final void entryRuleFrameSize() throws RecognitionException {
        try {
            // InternalShots.g:129:1: ( ruleFrameSize EOF )
            // InternalShots.g:130:1: ruleFrameSize EOF
            {
             before(grammarAccess.getFrameSizeRule()); 
            pushFollow(FOLLOW_1);
            ruleFrameSize();

            state._fsp--;

             after(grammarAccess.getFrameSizeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleFrameSize"


    // $ANTLR start "ruleFrameSize"
    // InternalShots.g:137:1: ruleFrameSize : ( ( rule__FrameSize__Group__0 ) ) ;
    public final void ruleFrameSize() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:141:2: ( ( ( rule__FrameSize__Group__0 ) ) )
            // InternalShots.g:142:2: ( ( rule__FrameSize__Group__0 ) )
            {
            // InternalShots.g:142:2: ( ( rule__FrameSize__Group__0 ) )
            // InternalShots.g:143:3: ( rule__FrameSize__Group__0 )
            {
             before(grammarAccess.getFrameSizeAccess().getGroup()); 
            // InternalShots.g:144:3: ( rule__FrameSize__Group__0 )
            // InternalShots.g:144:4: rule__FrameSize__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__FrameSize__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getFrameSizeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleFrameSize"


    // $ANTLR start "entryRuleStyle"
    // InternalShots.g:153:1: entryRuleStyle : ruleStyle EOF ;
    public final void entryRuleStyle() throws RecognitionException {
        try {
            // InternalShots.g:154:1: ( ruleStyle EOF )
            // InternalShots.g:155:1: ruleStyle EOF
            {
             before(grammarAccess.getStyleRule()); 
            pushFollow(FOLLOW_1);
            ruleStyle();

            state._fsp--;

             after(grammarAccess.getStyleRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleStyle"


    // $ANTLR start "ruleStyle"
    // InternalShots.g:162:1: ruleStyle : ( ( rule__Style__Group__0 ) ) ;
    public final void ruleStyle() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:166:2: ( ( ( rule__Style__Group__0 ) ) )
            // InternalShots.g:167:2: ( ( rule__Style__Group__0 ) )
            {
            // InternalShots.g:167:2: ( ( rule__Style__Group__0 ) )
            // InternalShots.g:168:3: ( rule__Style__Group__0 )
            {
             before(grammarAccess.getStyleAccess().getGroup()); 
            // InternalShots.g:169:3: ( rule__Style__Group__0 )
            // InternalShots.g:169:4: rule__Style__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Style__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStyleAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleStyle"


    // $ANTLR start "entryRuleCharacter"
    // InternalShots.g:178:1: entryRuleCharacter : ruleCharacter EOF ;
    public final void entryRuleCharacter() throws RecognitionException {
        try {
            // InternalShots.g:179:1: ( ruleCharacter EOF )
            // InternalShots.g:180:1: ruleCharacter EOF
            {
             before(grammarAccess.getCharacterRule()); 
            pushFollow(FOLLOW_1);
            ruleCharacter();

            state._fsp--;

             after(grammarAccess.getCharacterRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCharacter"


    // $ANTLR start "ruleCharacter"
    // InternalShots.g:187:1: ruleCharacter : ( ( rule__Character__Group__0 ) ) ;
    public final void ruleCharacter() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:191:2: ( ( ( rule__Character__Group__0 ) ) )
            // InternalShots.g:192:2: ( ( rule__Character__Group__0 ) )
            {
            // InternalShots.g:192:2: ( ( rule__Character__Group__0 ) )
            // InternalShots.g:193:3: ( rule__Character__Group__0 )
            {
             before(grammarAccess.getCharacterAccess().getGroup()); 
            // InternalShots.g:194:3: ( rule__Character__Group__0 )
            // InternalShots.g:194:4: rule__Character__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Character__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCharacterAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCharacter"


    // $ANTLR start "entryRuleLocation"
    // InternalShots.g:203:1: entryRuleLocation : ruleLocation EOF ;
    public final void entryRuleLocation() throws RecognitionException {
        try {
            // InternalShots.g:204:1: ( ruleLocation EOF )
            // InternalShots.g:205:1: ruleLocation EOF
            {
             before(grammarAccess.getLocationRule()); 
            pushFollow(FOLLOW_1);
            ruleLocation();

            state._fsp--;

             after(grammarAccess.getLocationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleLocation"


    // $ANTLR start "ruleLocation"
    // InternalShots.g:212:1: ruleLocation : ( ( rule__Location__Group__0 ) ) ;
    public final void ruleLocation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:216:2: ( ( ( rule__Location__Group__0 ) ) )
            // InternalShots.g:217:2: ( ( rule__Location__Group__0 ) )
            {
            // InternalShots.g:217:2: ( ( rule__Location__Group__0 ) )
            // InternalShots.g:218:3: ( rule__Location__Group__0 )
            {
             before(grammarAccess.getLocationAccess().getGroup()); 
            // InternalShots.g:219:3: ( rule__Location__Group__0 )
            // InternalShots.g:219:4: rule__Location__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Location__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getLocationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleLocation"


    // $ANTLR start "entryRuleSequence"
    // InternalShots.g:228:1: entryRuleSequence : ruleSequence EOF ;
    public final void entryRuleSequence() throws RecognitionException {
        try {
            // InternalShots.g:229:1: ( ruleSequence EOF )
            // InternalShots.g:230:1: ruleSequence EOF
            {
             before(grammarAccess.getSequenceRule()); 
            pushFollow(FOLLOW_1);
            ruleSequence();

            state._fsp--;

             after(grammarAccess.getSequenceRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSequence"


    // $ANTLR start "ruleSequence"
    // InternalShots.g:237:1: ruleSequence : ( ( rule__Sequence__Group__0 ) ) ;
    public final void ruleSequence() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:241:2: ( ( ( rule__Sequence__Group__0 ) ) )
            // InternalShots.g:242:2: ( ( rule__Sequence__Group__0 ) )
            {
            // InternalShots.g:242:2: ( ( rule__Sequence__Group__0 ) )
            // InternalShots.g:243:3: ( rule__Sequence__Group__0 )
            {
             before(grammarAccess.getSequenceAccess().getGroup()); 
            // InternalShots.g:244:3: ( rule__Sequence__Group__0 )
            // InternalShots.g:244:4: rule__Sequence__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Sequence__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSequenceAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSequence"


    // $ANTLR start "entryRuleSongPosition"
    // InternalShots.g:253:1: entryRuleSongPosition : ruleSongPosition EOF ;
    public final void entryRuleSongPosition() throws RecognitionException {
        try {
            // InternalShots.g:254:1: ( ruleSongPosition EOF )
            // InternalShots.g:255:1: ruleSongPosition EOF
            {
             before(grammarAccess.getSongPositionRule()); 
            pushFollow(FOLLOW_1);
            ruleSongPosition();

            state._fsp--;

             after(grammarAccess.getSongPositionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSongPosition"


    // $ANTLR start "ruleSongPosition"
    // InternalShots.g:262:1: ruleSongPosition : ( ( rule__SongPosition__Alternatives ) ) ;
    public final void ruleSongPosition() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:266:2: ( ( ( rule__SongPosition__Alternatives ) ) )
            // InternalShots.g:267:2: ( ( rule__SongPosition__Alternatives ) )
            {
            // InternalShots.g:267:2: ( ( rule__SongPosition__Alternatives ) )
            // InternalShots.g:268:3: ( rule__SongPosition__Alternatives )
            {
             before(grammarAccess.getSongPositionAccess().getAlternatives()); 
            // InternalShots.g:269:3: ( rule__SongPosition__Alternatives )
            // InternalShots.g:269:4: rule__SongPosition__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SongPosition__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSongPositionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSongPosition"


    // $ANTLR start "entryRuleTimePosition"
    // InternalShots.g:278:1: entryRuleTimePosition : ruleTimePosition EOF ;
    public final void entryRuleTimePosition() throws RecognitionException {
        try {
            // InternalShots.g:279:1: ( ruleTimePosition EOF )
            // InternalShots.g:280:1: ruleTimePosition EOF
            {
             before(grammarAccess.getTimePositionRule()); 
            pushFollow(FOLLOW_1);
            ruleTimePosition();

            state._fsp--;

             after(grammarAccess.getTimePositionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTimePosition"


    // $ANTLR start "ruleTimePosition"
    // InternalShots.g:287:1: ruleTimePosition : ( ( rule__TimePosition__SecondsAssignment ) ) ;
    public final void ruleTimePosition() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:291:2: ( ( ( rule__TimePosition__SecondsAssignment ) ) )
            // InternalShots.g:292:2: ( ( rule__TimePosition__SecondsAssignment ) )
            {
            // InternalShots.g:292:2: ( ( rule__TimePosition__SecondsAssignment ) )
            // InternalShots.g:293:3: ( rule__TimePosition__SecondsAssignment )
            {
             before(grammarAccess.getTimePositionAccess().getSecondsAssignment()); 
            // InternalShots.g:294:3: ( rule__TimePosition__SecondsAssignment )
            // InternalShots.g:294:4: rule__TimePosition__SecondsAssignment
            {
            pushFollow(FOLLOW_2);
            rule__TimePosition__SecondsAssignment();

            state._fsp--;


            }

             after(grammarAccess.getTimePositionAccess().getSecondsAssignment()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTimePosition"


    // $ANTLR start "entryRuleBarPosition"
    // InternalShots.g:303:1: entryRuleBarPosition : ruleBarPosition EOF ;
    public final void entryRuleBarPosition() throws RecognitionException {
        try {
            // InternalShots.g:304:1: ( ruleBarPosition EOF )
            // InternalShots.g:305:1: ruleBarPosition EOF
            {
             before(grammarAccess.getBarPositionRule()); 
            pushFollow(FOLLOW_1);
            ruleBarPosition();

            state._fsp--;

             after(grammarAccess.getBarPositionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBarPosition"


    // $ANTLR start "ruleBarPosition"
    // InternalShots.g:312:1: ruleBarPosition : ( ( rule__BarPosition__Group__0 ) ) ;
    public final void ruleBarPosition() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:316:2: ( ( ( rule__BarPosition__Group__0 ) ) )
            // InternalShots.g:317:2: ( ( rule__BarPosition__Group__0 ) )
            {
            // InternalShots.g:317:2: ( ( rule__BarPosition__Group__0 ) )
            // InternalShots.g:318:3: ( rule__BarPosition__Group__0 )
            {
             before(grammarAccess.getBarPositionAccess().getGroup()); 
            // InternalShots.g:319:3: ( rule__BarPosition__Group__0 )
            // InternalShots.g:319:4: rule__BarPosition__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__BarPosition__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBarPositionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBarPosition"


    // $ANTLR start "entryRuleTransition"
    // InternalShots.g:328:1: entryRuleTransition : ruleTransition EOF ;
    public final void entryRuleTransition() throws RecognitionException {
        try {
            // InternalShots.g:329:1: ( ruleTransition EOF )
            // InternalShots.g:330:1: ruleTransition EOF
            {
             before(grammarAccess.getTransitionRule()); 
            pushFollow(FOLLOW_1);
            ruleTransition();

            state._fsp--;

             after(grammarAccess.getTransitionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTransition"


    // $ANTLR start "ruleTransition"
    // InternalShots.g:337:1: ruleTransition : ( ( rule__Transition__Group__0 ) ) ;
    public final void ruleTransition() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:341:2: ( ( ( rule__Transition__Group__0 ) ) )
            // InternalShots.g:342:2: ( ( rule__Transition__Group__0 ) )
            {
            // InternalShots.g:342:2: ( ( rule__Transition__Group__0 ) )
            // InternalShots.g:343:3: ( rule__Transition__Group__0 )
            {
             before(grammarAccess.getTransitionAccess().getGroup()); 
            // InternalShots.g:344:3: ( rule__Transition__Group__0 )
            // InternalShots.g:344:4: rule__Transition__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Transition__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTransitionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTransition"


    // $ANTLR start "entryRuleShot"
    // InternalShots.g:353:1: entryRuleShot : ruleShot EOF ;
    public final void entryRuleShot() throws RecognitionException {
        try {
            // InternalShots.g:354:1: ( ruleShot EOF )
            // InternalShots.g:355:1: ruleShot EOF
            {
             before(grammarAccess.getShotRule()); 
            pushFollow(FOLLOW_1);
            ruleShot();

            state._fsp--;

             after(grammarAccess.getShotRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleShot"


    // $ANTLR start "ruleShot"
    // InternalShots.g:362:1: ruleShot : ( ( rule__Shot__Group__0 ) ) ;
    public final void ruleShot() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:366:2: ( ( ( rule__Shot__Group__0 ) ) )
            // InternalShots.g:367:2: ( ( rule__Shot__Group__0 ) )
            {
            // InternalShots.g:367:2: ( ( rule__Shot__Group__0 ) )
            // InternalShots.g:368:3: ( rule__Shot__Group__0 )
            {
             before(grammarAccess.getShotAccess().getGroup()); 
            // InternalShots.g:369:3: ( rule__Shot__Group__0 )
            // InternalShots.g:369:4: rule__Shot__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleShot"


    // $ANTLR start "entryRuleBeat"
    // InternalShots.g:378:1: entryRuleBeat : ruleBeat EOF ;
    public final void entryRuleBeat() throws RecognitionException {
        try {
            // InternalShots.g:379:1: ( ruleBeat EOF )
            // InternalShots.g:380:1: ruleBeat EOF
            {
             before(grammarAccess.getBeatRule()); 
            pushFollow(FOLLOW_1);
            ruleBeat();

            state._fsp--;

             after(grammarAccess.getBeatRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBeat"


    // $ANTLR start "ruleBeat"
    // InternalShots.g:387:1: ruleBeat : ( ( rule__Beat__Group__0 ) ) ;
    public final void ruleBeat() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:391:2: ( ( ( rule__Beat__Group__0 ) ) )
            // InternalShots.g:392:2: ( ( rule__Beat__Group__0 ) )
            {
            // InternalShots.g:392:2: ( ( rule__Beat__Group__0 ) )
            // InternalShots.g:393:3: ( rule__Beat__Group__0 )
            {
             before(grammarAccess.getBeatAccess().getGroup()); 
            // InternalShots.g:394:3: ( rule__Beat__Group__0 )
            // InternalShots.g:394:4: rule__Beat__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBeat"


    // $ANTLR start "entryRuleSeconds"
    // InternalShots.g:403:1: entryRuleSeconds : ruleSeconds EOF ;
    public final void entryRuleSeconds() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:407:1: ( ruleSeconds EOF )
            // InternalShots.g:408:1: ruleSeconds EOF
            {
             before(grammarAccess.getSecondsRule()); 
            pushFollow(FOLLOW_1);
            ruleSeconds();

            state._fsp--;

             after(grammarAccess.getSecondsRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleSeconds"


    // $ANTLR start "ruleSeconds"
    // InternalShots.g:418:1: ruleSeconds : ( ( rule__Seconds__Alternatives ) ) ;
    public final void ruleSeconds() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:423:2: ( ( ( rule__Seconds__Alternatives ) ) )
            // InternalShots.g:424:2: ( ( rule__Seconds__Alternatives ) )
            {
            // InternalShots.g:424:2: ( ( rule__Seconds__Alternatives ) )
            // InternalShots.g:425:3: ( rule__Seconds__Alternatives )
            {
             before(grammarAccess.getSecondsAccess().getAlternatives()); 
            // InternalShots.g:426:3: ( rule__Seconds__Alternatives )
            // InternalShots.g:426:4: rule__Seconds__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Seconds__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSecondsAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleSeconds"


    // $ANTLR start "entryRuleSongTime"
    // InternalShots.g:436:1: entryRuleSongTime : ruleSongTime EOF ;
    public final void entryRuleSongTime() throws RecognitionException {
        try {
            // InternalShots.g:437:1: ( ruleSongTime EOF )
            // InternalShots.g:438:1: ruleSongTime EOF
            {
             before(grammarAccess.getSongTimeRule()); 
            pushFollow(FOLLOW_1);
            ruleSongTime();

            state._fsp--;

             after(grammarAccess.getSongTimeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSongTime"


    // $ANTLR start "ruleSongTime"
    // InternalShots.g:445:1: ruleSongTime : ( ( rule__SongTime__Alternatives ) ) ;
    public final void ruleSongTime() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:449:2: ( ( ( rule__SongTime__Alternatives ) ) )
            // InternalShots.g:450:2: ( ( rule__SongTime__Alternatives ) )
            {
            // InternalShots.g:450:2: ( ( rule__SongTime__Alternatives ) )
            // InternalShots.g:451:3: ( rule__SongTime__Alternatives )
            {
             before(grammarAccess.getSongTimeAccess().getAlternatives()); 
            // InternalShots.g:452:3: ( rule__SongTime__Alternatives )
            // InternalShots.g:452:4: rule__SongTime__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SongTime__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSongTimeAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSongTime"


    // $ANTLR start "entryRuleClock"
    // InternalShots.g:461:1: entryRuleClock : ruleClock EOF ;
    public final void entryRuleClock() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:465:1: ( ruleClock EOF )
            // InternalShots.g:466:1: ruleClock EOF
            {
             before(grammarAccess.getClockRule()); 
            pushFollow(FOLLOW_1);
            ruleClock();

            state._fsp--;

             after(grammarAccess.getClockRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleClock"


    // $ANTLR start "ruleClock"
    // InternalShots.g:476:1: ruleClock : ( ( rule__Clock__Group__0 ) ) ;
    public final void ruleClock() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:481:2: ( ( ( rule__Clock__Group__0 ) ) )
            // InternalShots.g:482:2: ( ( rule__Clock__Group__0 ) )
            {
            // InternalShots.g:482:2: ( ( rule__Clock__Group__0 ) )
            // InternalShots.g:483:3: ( rule__Clock__Group__0 )
            {
             before(grammarAccess.getClockAccess().getGroup()); 
            // InternalShots.g:484:3: ( rule__Clock__Group__0 )
            // InternalShots.g:484:4: rule__Clock__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Clock__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getClockAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleClock"


    // $ANTLR start "entryRuleDecimal"
    // InternalShots.g:494:1: entryRuleDecimal : ruleDecimal EOF ;
    public final void entryRuleDecimal() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:498:1: ( ruleDecimal EOF )
            // InternalShots.g:499:1: ruleDecimal EOF
            {
             before(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getDecimalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalShots.g:509:1: ruleDecimal : ( ( rule__Decimal__Group__0 ) ) ;
    public final void ruleDecimal() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:514:2: ( ( ( rule__Decimal__Group__0 ) ) )
            // InternalShots.g:515:2: ( ( rule__Decimal__Group__0 ) )
            {
            // InternalShots.g:515:2: ( ( rule__Decimal__Group__0 ) )
            // InternalShots.g:516:3: ( rule__Decimal__Group__0 )
            {
             before(grammarAccess.getDecimalAccess().getGroup()); 
            // InternalShots.g:517:3: ( rule__Decimal__Group__0 )
            // InternalShots.g:517:4: rule__Decimal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDecimalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "entryRuleMoney"
    // InternalShots.g:527:1: entryRuleMoney : ruleMoney EOF ;
    public final void entryRuleMoney() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:531:1: ( ruleMoney EOF )
            // InternalShots.g:532:1: ruleMoney EOF
            {
             before(grammarAccess.getMoneyRule()); 
            pushFollow(FOLLOW_1);
            ruleMoney();

            state._fsp--;

             after(grammarAccess.getMoneyRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleMoney"


    // $ANTLR start "ruleMoney"
    // InternalShots.g:542:1: ruleMoney : ( ( rule__Money__Group__0 ) ) ;
    public final void ruleMoney() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:547:2: ( ( ( rule__Money__Group__0 ) ) )
            // InternalShots.g:548:2: ( ( rule__Money__Group__0 ) )
            {
            // InternalShots.g:548:2: ( ( rule__Money__Group__0 ) )
            // InternalShots.g:549:3: ( rule__Money__Group__0 )
            {
             before(grammarAccess.getMoneyAccess().getGroup()); 
            // InternalShots.g:550:3: ( rule__Money__Group__0 )
            // InternalShots.g:550:4: rule__Money__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Money__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMoneyAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleMoney"


    // $ANTLR start "entryRuleSeed"
    // InternalShots.g:560:1: entryRuleSeed : ruleSeed EOF ;
    public final void entryRuleSeed() throws RecognitionException {
        try {
            // InternalShots.g:561:1: ( ruleSeed EOF )
            // InternalShots.g:562:1: ruleSeed EOF
            {
             before(grammarAccess.getSeedRule()); 
            pushFollow(FOLLOW_1);
            ruleSeed();

            state._fsp--;

             after(grammarAccess.getSeedRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSeed"


    // $ANTLR start "ruleSeed"
    // InternalShots.g:569:1: ruleSeed : ( RULE_INT ) ;
    public final void ruleSeed() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:573:2: ( ( RULE_INT ) )
            // InternalShots.g:574:2: ( RULE_INT )
            {
            // InternalShots.g:574:2: ( RULE_INT )
            // InternalShots.g:575:3: RULE_INT
            {
             before(grammarAccess.getSeedAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getSeedAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSeed"


    // $ANTLR start "ruleTransitionKind"
    // InternalShots.g:585:1: ruleTransitionKind : ( ( rule__TransitionKind__Alternatives ) ) ;
    public final void ruleTransitionKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:589:1: ( ( ( rule__TransitionKind__Alternatives ) ) )
            // InternalShots.g:590:2: ( ( rule__TransitionKind__Alternatives ) )
            {
            // InternalShots.g:590:2: ( ( rule__TransitionKind__Alternatives ) )
            // InternalShots.g:591:3: ( rule__TransitionKind__Alternatives )
            {
             before(grammarAccess.getTransitionKindAccess().getAlternatives()); 
            // InternalShots.g:592:3: ( rule__TransitionKind__Alternatives )
            // InternalShots.g:592:4: rule__TransitionKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__TransitionKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getTransitionKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTransitionKind"


    // $ANTLR start "ruleApproach"
    // InternalShots.g:601:1: ruleApproach : ( ( rule__Approach__Alternatives ) ) ;
    public final void ruleApproach() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:605:1: ( ( ( rule__Approach__Alternatives ) ) )
            // InternalShots.g:606:2: ( ( rule__Approach__Alternatives ) )
            {
            // InternalShots.g:606:2: ( ( rule__Approach__Alternatives ) )
            // InternalShots.g:607:3: ( rule__Approach__Alternatives )
            {
             before(grammarAccess.getApproachAccess().getAlternatives()); 
            // InternalShots.g:608:3: ( rule__Approach__Alternatives )
            // InternalShots.g:608:4: rule__Approach__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Approach__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getApproachAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleApproach"


    // $ANTLR start "ruleOutTo"
    // InternalShots.g:617:1: ruleOutTo : ( ( 'out' ) ) ;
    public final void ruleOutTo() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:621:1: ( ( ( 'out' ) ) )
            // InternalShots.g:622:2: ( ( 'out' ) )
            {
            // InternalShots.g:622:2: ( ( 'out' ) )
            // InternalShots.g:623:3: ( 'out' )
            {
             before(grammarAccess.getOutToAccess().getOUT_TOEnumLiteralDeclaration()); 
            // InternalShots.g:624:3: ( 'out' )
            // InternalShots.g:624:4: 'out'
            {
            match(input,14,FOLLOW_2); 

            }

             after(grammarAccess.getOutToAccess().getOUT_TOEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutTo"


    // $ANTLR start "rule__Script__Alternatives_1"
    // InternalShots.g:632:1: rule__Script__Alternatives_1 : ( ( ( rule__Script__SettingsAssignment_1_0 ) ) | ( ( rule__Script__StylesAssignment_1_1 ) ) | ( ( rule__Script__CharactersAssignment_1_2 ) ) | ( ( rule__Script__LocationsAssignment_1_3 ) ) | ( ( rule__Script__SequencesAssignment_1_4 ) ) );
    public final void rule__Script__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:636:1: ( ( ( rule__Script__SettingsAssignment_1_0 ) ) | ( ( rule__Script__StylesAssignment_1_1 ) ) | ( ( rule__Script__CharactersAssignment_1_2 ) ) | ( ( rule__Script__LocationsAssignment_1_3 ) ) | ( ( rule__Script__SequencesAssignment_1_4 ) ) )
            int alt1=5;
            switch ( input.LA(1) ) {
            case 21:
                {
                alt1=1;
                }
                break;
            case 37:
                {
                alt1=2;
                }
                break;
            case 38:
                {
                alt1=3;
                }
                break;
            case 40:
                {
                alt1=4;
                }
                break;
            case 41:
                {
                alt1=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }

            switch (alt1) {
                case 1 :
                    // InternalShots.g:637:2: ( ( rule__Script__SettingsAssignment_1_0 ) )
                    {
                    // InternalShots.g:637:2: ( ( rule__Script__SettingsAssignment_1_0 ) )
                    // InternalShots.g:638:3: ( rule__Script__SettingsAssignment_1_0 )
                    {
                     before(grammarAccess.getScriptAccess().getSettingsAssignment_1_0()); 
                    // InternalShots.g:639:3: ( rule__Script__SettingsAssignment_1_0 )
                    // InternalShots.g:639:4: rule__Script__SettingsAssignment_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Script__SettingsAssignment_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getScriptAccess().getSettingsAssignment_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:643:2: ( ( rule__Script__StylesAssignment_1_1 ) )
                    {
                    // InternalShots.g:643:2: ( ( rule__Script__StylesAssignment_1_1 ) )
                    // InternalShots.g:644:3: ( rule__Script__StylesAssignment_1_1 )
                    {
                     before(grammarAccess.getScriptAccess().getStylesAssignment_1_1()); 
                    // InternalShots.g:645:3: ( rule__Script__StylesAssignment_1_1 )
                    // InternalShots.g:645:4: rule__Script__StylesAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Script__StylesAssignment_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getScriptAccess().getStylesAssignment_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalShots.g:649:2: ( ( rule__Script__CharactersAssignment_1_2 ) )
                    {
                    // InternalShots.g:649:2: ( ( rule__Script__CharactersAssignment_1_2 ) )
                    // InternalShots.g:650:3: ( rule__Script__CharactersAssignment_1_2 )
                    {
                     before(grammarAccess.getScriptAccess().getCharactersAssignment_1_2()); 
                    // InternalShots.g:651:3: ( rule__Script__CharactersAssignment_1_2 )
                    // InternalShots.g:651:4: rule__Script__CharactersAssignment_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Script__CharactersAssignment_1_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getScriptAccess().getCharactersAssignment_1_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalShots.g:655:2: ( ( rule__Script__LocationsAssignment_1_3 ) )
                    {
                    // InternalShots.g:655:2: ( ( rule__Script__LocationsAssignment_1_3 ) )
                    // InternalShots.g:656:3: ( rule__Script__LocationsAssignment_1_3 )
                    {
                     before(grammarAccess.getScriptAccess().getLocationsAssignment_1_3()); 
                    // InternalShots.g:657:3: ( rule__Script__LocationsAssignment_1_3 )
                    // InternalShots.g:657:4: rule__Script__LocationsAssignment_1_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Script__LocationsAssignment_1_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getScriptAccess().getLocationsAssignment_1_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalShots.g:661:2: ( ( rule__Script__SequencesAssignment_1_4 ) )
                    {
                    // InternalShots.g:661:2: ( ( rule__Script__SequencesAssignment_1_4 ) )
                    // InternalShots.g:662:3: ( rule__Script__SequencesAssignment_1_4 )
                    {
                     before(grammarAccess.getScriptAccess().getSequencesAssignment_1_4()); 
                    // InternalShots.g:663:3: ( rule__Script__SequencesAssignment_1_4 )
                    // InternalShots.g:663:4: rule__Script__SequencesAssignment_1_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Script__SequencesAssignment_1_4();

                    state._fsp--;


                    }

                     after(grammarAccess.getScriptAccess().getSequencesAssignment_1_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__Alternatives_1"


    // $ANTLR start "rule__SongPosition__Alternatives"
    // InternalShots.g:671:1: rule__SongPosition__Alternatives : ( ( ruleTimePosition ) | ( ruleBarPosition ) );
    public final void rule__SongPosition__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:675:1: ( ( ruleTimePosition ) | ( ruleBarPosition ) )
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( ((LA2_0>=RULE_INT && LA2_0<=RULE_WHOLE_SECONDS)) ) {
                alt2=1;
            }
            else if ( (LA2_0==30) ) {
                alt2=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }
            switch (alt2) {
                case 1 :
                    // InternalShots.g:676:2: ( ruleTimePosition )
                    {
                    // InternalShots.g:676:2: ( ruleTimePosition )
                    // InternalShots.g:677:3: ruleTimePosition
                    {
                     before(grammarAccess.getSongPositionAccess().getTimePositionParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleTimePosition();

                    state._fsp--;

                     after(grammarAccess.getSongPositionAccess().getTimePositionParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:682:2: ( ruleBarPosition )
                    {
                    // InternalShots.g:682:2: ( ruleBarPosition )
                    // InternalShots.g:683:3: ruleBarPosition
                    {
                     before(grammarAccess.getSongPositionAccess().getBarPositionParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleBarPosition();

                    state._fsp--;

                     after(grammarAccess.getSongPositionAccess().getBarPositionParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SongPosition__Alternatives"


    // $ANTLR start "rule__Beat__Alternatives_1_0"
    // InternalShots.g:692:1: rule__Beat__Alternatives_1_0 : ( ( ( rule__Beat__Group_1_0_0__0 ) ) | ( ( rule__Beat__Group_1_0_1__0 ) ) );
    public final void rule__Beat__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:696:1: ( ( ( rule__Beat__Group_1_0_0__0 ) ) | ( ( rule__Beat__Group_1_0_1__0 ) ) )
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==14||(LA3_0>=18 && LA3_0<=20)) ) {
                alt3=1;
            }
            else if ( (LA3_0==52) ) {
                alt3=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }
            switch (alt3) {
                case 1 :
                    // InternalShots.g:697:2: ( ( rule__Beat__Group_1_0_0__0 ) )
                    {
                    // InternalShots.g:697:2: ( ( rule__Beat__Group_1_0_0__0 ) )
                    // InternalShots.g:698:3: ( rule__Beat__Group_1_0_0__0 )
                    {
                     before(grammarAccess.getBeatAccess().getGroup_1_0_0()); 
                    // InternalShots.g:699:3: ( rule__Beat__Group_1_0_0__0 )
                    // InternalShots.g:699:4: rule__Beat__Group_1_0_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Beat__Group_1_0_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBeatAccess().getGroup_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:703:2: ( ( rule__Beat__Group_1_0_1__0 ) )
                    {
                    // InternalShots.g:703:2: ( ( rule__Beat__Group_1_0_1__0 ) )
                    // InternalShots.g:704:3: ( rule__Beat__Group_1_0_1__0 )
                    {
                     before(grammarAccess.getBeatAccess().getGroup_1_0_1()); 
                    // InternalShots.g:705:3: ( rule__Beat__Group_1_0_1__0 )
                    // InternalShots.g:705:4: rule__Beat__Group_1_0_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Beat__Group_1_0_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBeatAccess().getGroup_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Alternatives_1_0"


    // $ANTLR start "rule__Beat__Alternatives_1_0_0_0"
    // InternalShots.g:713:1: rule__Beat__Alternatives_1_0_0_0 : ( ( ( rule__Beat__ApproachAssignment_1_0_0_0_0 ) ) | ( ( rule__Beat__Group_1_0_0_0_1__0 ) ) );
    public final void rule__Beat__Alternatives_1_0_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:717:1: ( ( ( rule__Beat__ApproachAssignment_1_0_0_0_0 ) ) | ( ( rule__Beat__Group_1_0_0_0_1__0 ) ) )
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( ((LA4_0>=18 && LA4_0<=20)) ) {
                alt4=1;
            }
            else if ( (LA4_0==14) ) {
                alt4=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }
            switch (alt4) {
                case 1 :
                    // InternalShots.g:718:2: ( ( rule__Beat__ApproachAssignment_1_0_0_0_0 ) )
                    {
                    // InternalShots.g:718:2: ( ( rule__Beat__ApproachAssignment_1_0_0_0_0 ) )
                    // InternalShots.g:719:3: ( rule__Beat__ApproachAssignment_1_0_0_0_0 )
                    {
                     before(grammarAccess.getBeatAccess().getApproachAssignment_1_0_0_0_0()); 
                    // InternalShots.g:720:3: ( rule__Beat__ApproachAssignment_1_0_0_0_0 )
                    // InternalShots.g:720:4: rule__Beat__ApproachAssignment_1_0_0_0_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Beat__ApproachAssignment_1_0_0_0_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBeatAccess().getApproachAssignment_1_0_0_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:724:2: ( ( rule__Beat__Group_1_0_0_0_1__0 ) )
                    {
                    // InternalShots.g:724:2: ( ( rule__Beat__Group_1_0_0_0_1__0 ) )
                    // InternalShots.g:725:3: ( rule__Beat__Group_1_0_0_0_1__0 )
                    {
                     before(grammarAccess.getBeatAccess().getGroup_1_0_0_0_1()); 
                    // InternalShots.g:726:3: ( rule__Beat__Group_1_0_0_0_1__0 )
                    // InternalShots.g:726:4: rule__Beat__Group_1_0_0_0_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Beat__Group_1_0_0_0_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBeatAccess().getGroup_1_0_0_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Alternatives_1_0_0_0"


    // $ANTLR start "rule__Seconds__Alternatives"
    // InternalShots.g:734:1: rule__Seconds__Alternatives : ( ( RULE_WHOLE_SECONDS ) | ( ( rule__Seconds__Group_1__0 ) ) );
    public final void rule__Seconds__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:738:1: ( ( RULE_WHOLE_SECONDS ) | ( ( rule__Seconds__Group_1__0 ) ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==RULE_WHOLE_SECONDS) ) {
                alt5=1;
            }
            else if ( (LA5_0==RULE_INT) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalShots.g:739:2: ( RULE_WHOLE_SECONDS )
                    {
                    // InternalShots.g:739:2: ( RULE_WHOLE_SECONDS )
                    // InternalShots.g:740:3: RULE_WHOLE_SECONDS
                    {
                     before(grammarAccess.getSecondsAccess().getWHOLE_SECONDSTerminalRuleCall_0()); 
                    match(input,RULE_WHOLE_SECONDS,FOLLOW_2); 
                     after(grammarAccess.getSecondsAccess().getWHOLE_SECONDSTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:745:2: ( ( rule__Seconds__Group_1__0 ) )
                    {
                    // InternalShots.g:745:2: ( ( rule__Seconds__Group_1__0 ) )
                    // InternalShots.g:746:3: ( rule__Seconds__Group_1__0 )
                    {
                     before(grammarAccess.getSecondsAccess().getGroup_1()); 
                    // InternalShots.g:747:3: ( rule__Seconds__Group_1__0 )
                    // InternalShots.g:747:4: rule__Seconds__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Seconds__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getSecondsAccess().getGroup_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Seconds__Alternatives"


    // $ANTLR start "rule__SongTime__Alternatives"
    // InternalShots.g:755:1: rule__SongTime__Alternatives : ( ( ruleClock ) | ( ruleSeconds ) );
    public final void rule__SongTime__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:759:1: ( ( ruleClock ) | ( ruleSeconds ) )
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==RULE_INT) ) {
                int LA6_1 = input.LA(2);

                if ( (LA6_1==50) ) {
                    alt6=1;
                }
                else if ( (LA6_1==42) ) {
                    alt6=2;
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 6, 1, input);

                    throw nvae;
                }
            }
            else if ( (LA6_0==RULE_WHOLE_SECONDS) ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    // InternalShots.g:760:2: ( ruleClock )
                    {
                    // InternalShots.g:760:2: ( ruleClock )
                    // InternalShots.g:761:3: ruleClock
                    {
                     before(grammarAccess.getSongTimeAccess().getClockParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleClock();

                    state._fsp--;

                     after(grammarAccess.getSongTimeAccess().getClockParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:766:2: ( ruleSeconds )
                    {
                    // InternalShots.g:766:2: ( ruleSeconds )
                    // InternalShots.g:767:3: ruleSeconds
                    {
                     before(grammarAccess.getSongTimeAccess().getSecondsParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleSeconds();

                    state._fsp--;

                     after(grammarAccess.getSongTimeAccess().getSecondsParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SongTime__Alternatives"


    // $ANTLR start "rule__TransitionKind__Alternatives"
    // InternalShots.g:776:1: rule__TransitionKind__Alternatives : ( ( ( 'cut' ) ) | ( ( 'crossfade' ) ) | ( ( 'dip' ) ) );
    public final void rule__TransitionKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:780:1: ( ( ( 'cut' ) ) | ( ( 'crossfade' ) ) | ( ( 'dip' ) ) )
            int alt7=3;
            switch ( input.LA(1) ) {
            case 15:
                {
                alt7=1;
                }
                break;
            case 16:
                {
                alt7=2;
                }
                break;
            case 17:
                {
                alt7=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }

            switch (alt7) {
                case 1 :
                    // InternalShots.g:781:2: ( ( 'cut' ) )
                    {
                    // InternalShots.g:781:2: ( ( 'cut' ) )
                    // InternalShots.g:782:3: ( 'cut' )
                    {
                     before(grammarAccess.getTransitionKindAccess().getCUTEnumLiteralDeclaration_0()); 
                    // InternalShots.g:783:3: ( 'cut' )
                    // InternalShots.g:783:4: 'cut'
                    {
                    match(input,15,FOLLOW_2); 

                    }

                     after(grammarAccess.getTransitionKindAccess().getCUTEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:787:2: ( ( 'crossfade' ) )
                    {
                    // InternalShots.g:787:2: ( ( 'crossfade' ) )
                    // InternalShots.g:788:3: ( 'crossfade' )
                    {
                     before(grammarAccess.getTransitionKindAccess().getCROSSFADEEnumLiteralDeclaration_1()); 
                    // InternalShots.g:789:3: ( 'crossfade' )
                    // InternalShots.g:789:4: 'crossfade'
                    {
                    match(input,16,FOLLOW_2); 

                    }

                     after(grammarAccess.getTransitionKindAccess().getCROSSFADEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalShots.g:793:2: ( ( 'dip' ) )
                    {
                    // InternalShots.g:793:2: ( ( 'dip' ) )
                    // InternalShots.g:794:3: ( 'dip' )
                    {
                     before(grammarAccess.getTransitionKindAccess().getDIPEnumLiteralDeclaration_2()); 
                    // InternalShots.g:795:3: ( 'dip' )
                    // InternalShots.g:795:4: 'dip'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getTransitionKindAccess().getDIPEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionKind__Alternatives"


    // $ANTLR start "rule__Approach__Alternatives"
    // InternalShots.g:803:1: rule__Approach__Alternatives : ( ( ( 'in' ) ) | ( ( 'into' ) ) | ( ( 'through' ) ) );
    public final void rule__Approach__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:807:1: ( ( ( 'in' ) ) | ( ( 'into' ) ) | ( ( 'through' ) ) )
            int alt8=3;
            switch ( input.LA(1) ) {
            case 18:
                {
                alt8=1;
                }
                break;
            case 19:
                {
                alt8=2;
                }
                break;
            case 20:
                {
                alt8=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }

            switch (alt8) {
                case 1 :
                    // InternalShots.g:808:2: ( ( 'in' ) )
                    {
                    // InternalShots.g:808:2: ( ( 'in' ) )
                    // InternalShots.g:809:3: ( 'in' )
                    {
                     before(grammarAccess.getApproachAccess().getINEnumLiteralDeclaration_0()); 
                    // InternalShots.g:810:3: ( 'in' )
                    // InternalShots.g:810:4: 'in'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getApproachAccess().getINEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:814:2: ( ( 'into' ) )
                    {
                    // InternalShots.g:814:2: ( ( 'into' ) )
                    // InternalShots.g:815:3: ( 'into' )
                    {
                     before(grammarAccess.getApproachAccess().getINTOEnumLiteralDeclaration_1()); 
                    // InternalShots.g:816:3: ( 'into' )
                    // InternalShots.g:816:4: 'into'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getApproachAccess().getINTOEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalShots.g:820:2: ( ( 'through' ) )
                    {
                    // InternalShots.g:820:2: ( ( 'through' ) )
                    // InternalShots.g:821:3: ( 'through' )
                    {
                     before(grammarAccess.getApproachAccess().getTHROUGHEnumLiteralDeclaration_2()); 
                    // InternalShots.g:822:3: ( 'through' )
                    // InternalShots.g:822:4: 'through'
                    {
                    match(input,20,FOLLOW_2); 

                    }

                     after(grammarAccess.getApproachAccess().getTHROUGHEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Approach__Alternatives"


    // $ANTLR start "rule__Script__Group__0"
    // InternalShots.g:830:1: rule__Script__Group__0 : rule__Script__Group__0__Impl rule__Script__Group__1 ;
    public final void rule__Script__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:834:1: ( rule__Script__Group__0__Impl rule__Script__Group__1 )
            // InternalShots.g:835:2: rule__Script__Group__0__Impl rule__Script__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Script__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Script__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__Group__0"


    // $ANTLR start "rule__Script__Group__0__Impl"
    // InternalShots.g:842:1: rule__Script__Group__0__Impl : ( () ) ;
    public final void rule__Script__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:846:1: ( ( () ) )
            // InternalShots.g:847:1: ( () )
            {
            // InternalShots.g:847:1: ( () )
            // InternalShots.g:848:2: ()
            {
             before(grammarAccess.getScriptAccess().getScriptAction_0()); 
            // InternalShots.g:849:2: ()
            // InternalShots.g:849:3: 
            {
            }

             after(grammarAccess.getScriptAccess().getScriptAction_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__Group__0__Impl"


    // $ANTLR start "rule__Script__Group__1"
    // InternalShots.g:857:1: rule__Script__Group__1 : rule__Script__Group__1__Impl ;
    public final void rule__Script__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:861:1: ( rule__Script__Group__1__Impl )
            // InternalShots.g:862:2: rule__Script__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Script__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__Group__1"


    // $ANTLR start "rule__Script__Group__1__Impl"
    // InternalShots.g:868:1: rule__Script__Group__1__Impl : ( ( rule__Script__Alternatives_1 )* ) ;
    public final void rule__Script__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:872:1: ( ( ( rule__Script__Alternatives_1 )* ) )
            // InternalShots.g:873:1: ( ( rule__Script__Alternatives_1 )* )
            {
            // InternalShots.g:873:1: ( ( rule__Script__Alternatives_1 )* )
            // InternalShots.g:874:2: ( rule__Script__Alternatives_1 )*
            {
             before(grammarAccess.getScriptAccess().getAlternatives_1()); 
            // InternalShots.g:875:2: ( rule__Script__Alternatives_1 )*
            loop9:
            do {
                int alt9=2;
                int LA9_0 = input.LA(1);

                if ( (LA9_0==21||(LA9_0>=37 && LA9_0<=38)||(LA9_0>=40 && LA9_0<=41)) ) {
                    alt9=1;
                }


                switch (alt9) {
            	case 1 :
            	    // InternalShots.g:875:3: rule__Script__Alternatives_1
            	    {
            	    pushFollow(FOLLOW_4);
            	    rule__Script__Alternatives_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop9;
                }
            } while (true);

             after(grammarAccess.getScriptAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__Group__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group__0"
    // InternalShots.g:884:1: rule__ProjectSettings__Group__0 : rule__ProjectSettings__Group__0__Impl rule__ProjectSettings__Group__1 ;
    public final void rule__ProjectSettings__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:888:1: ( rule__ProjectSettings__Group__0__Impl rule__ProjectSettings__Group__1 )
            // InternalShots.g:889:2: rule__ProjectSettings__Group__0__Impl rule__ProjectSettings__Group__1
            {
            pushFollow(FOLLOW_5);
            rule__ProjectSettings__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__0"


    // $ANTLR start "rule__ProjectSettings__Group__0__Impl"
    // InternalShots.g:896:1: rule__ProjectSettings__Group__0__Impl : ( 'project' ) ;
    public final void rule__ProjectSettings__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:900:1: ( ( 'project' ) )
            // InternalShots.g:901:1: ( 'project' )
            {
            // InternalShots.g:901:1: ( 'project' )
            // InternalShots.g:902:2: 'project'
            {
             before(grammarAccess.getProjectSettingsAccess().getProjectKeyword_0()); 
            match(input,21,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getProjectKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group__1"
    // InternalShots.g:911:1: rule__ProjectSettings__Group__1 : rule__ProjectSettings__Group__1__Impl rule__ProjectSettings__Group__2 ;
    public final void rule__ProjectSettings__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:915:1: ( rule__ProjectSettings__Group__1__Impl rule__ProjectSettings__Group__2 )
            // InternalShots.g:916:2: rule__ProjectSettings__Group__1__Impl rule__ProjectSettings__Group__2
            {
            pushFollow(FOLLOW_6);
            rule__ProjectSettings__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__1"


    // $ANTLR start "rule__ProjectSettings__Group__1__Impl"
    // InternalShots.g:923:1: rule__ProjectSettings__Group__1__Impl : ( ( rule__ProjectSettings__TitleAssignment_1 ) ) ;
    public final void rule__ProjectSettings__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:927:1: ( ( ( rule__ProjectSettings__TitleAssignment_1 ) ) )
            // InternalShots.g:928:1: ( ( rule__ProjectSettings__TitleAssignment_1 ) )
            {
            // InternalShots.g:928:1: ( ( rule__ProjectSettings__TitleAssignment_1 ) )
            // InternalShots.g:929:2: ( rule__ProjectSettings__TitleAssignment_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getTitleAssignment_1()); 
            // InternalShots.g:930:2: ( rule__ProjectSettings__TitleAssignment_1 )
            // InternalShots.g:930:3: rule__ProjectSettings__TitleAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__TitleAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group__2"
    // InternalShots.g:938:1: rule__ProjectSettings__Group__2 : rule__ProjectSettings__Group__2__Impl rule__ProjectSettings__Group__3 ;
    public final void rule__ProjectSettings__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:942:1: ( rule__ProjectSettings__Group__2__Impl rule__ProjectSettings__Group__3 )
            // InternalShots.g:943:2: rule__ProjectSettings__Group__2__Impl rule__ProjectSettings__Group__3
            {
            pushFollow(FOLLOW_7);
            rule__ProjectSettings__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__2"


    // $ANTLR start "rule__ProjectSettings__Group__2__Impl"
    // InternalShots.g:950:1: rule__ProjectSettings__Group__2__Impl : ( '{' ) ;
    public final void rule__ProjectSettings__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:954:1: ( ( '{' ) )
            // InternalShots.g:955:1: ( '{' )
            {
            // InternalShots.g:955:1: ( '{' )
            // InternalShots.g:956:2: '{'
            {
             before(grammarAccess.getProjectSettingsAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,22,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__2__Impl"


    // $ANTLR start "rule__ProjectSettings__Group__3"
    // InternalShots.g:965:1: rule__ProjectSettings__Group__3 : rule__ProjectSettings__Group__3__Impl rule__ProjectSettings__Group__4 ;
    public final void rule__ProjectSettings__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:969:1: ( rule__ProjectSettings__Group__3__Impl rule__ProjectSettings__Group__4 )
            // InternalShots.g:970:2: rule__ProjectSettings__Group__3__Impl rule__ProjectSettings__Group__4
            {
            pushFollow(FOLLOW_8);
            rule__ProjectSettings__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__3"


    // $ANTLR start "rule__ProjectSettings__Group__3__Impl"
    // InternalShots.g:977:1: rule__ProjectSettings__Group__3__Impl : ( ( rule__ProjectSettings__UnorderedGroup_3 ) ) ;
    public final void rule__ProjectSettings__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:981:1: ( ( ( rule__ProjectSettings__UnorderedGroup_3 ) ) )
            // InternalShots.g:982:1: ( ( rule__ProjectSettings__UnorderedGroup_3 ) )
            {
            // InternalShots.g:982:1: ( ( rule__ProjectSettings__UnorderedGroup_3 ) )
            // InternalShots.g:983:2: ( rule__ProjectSettings__UnorderedGroup_3 )
            {
             before(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3()); 
            // InternalShots.g:984:2: ( rule__ProjectSettings__UnorderedGroup_3 )
            // InternalShots.g:984:3: rule__ProjectSettings__UnorderedGroup_3
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__UnorderedGroup_3();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__3__Impl"


    // $ANTLR start "rule__ProjectSettings__Group__4"
    // InternalShots.g:992:1: rule__ProjectSettings__Group__4 : rule__ProjectSettings__Group__4__Impl ;
    public final void rule__ProjectSettings__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:996:1: ( rule__ProjectSettings__Group__4__Impl )
            // InternalShots.g:997:2: rule__ProjectSettings__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__4"


    // $ANTLR start "rule__ProjectSettings__Group__4__Impl"
    // InternalShots.g:1003:1: rule__ProjectSettings__Group__4__Impl : ( '}' ) ;
    public final void rule__ProjectSettings__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1007:1: ( ( '}' ) )
            // InternalShots.g:1008:1: ( '}' )
            {
            // InternalShots.g:1008:1: ( '}' )
            // InternalShots.g:1009:2: '}'
            {
             before(grammarAccess.getProjectSettingsAccess().getRightCurlyBracketKeyword_4()); 
            match(input,23,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getRightCurlyBracketKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group__4__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_0__0"
    // InternalShots.g:1019:1: rule__ProjectSettings__Group_3_0__0 : rule__ProjectSettings__Group_3_0__0__Impl rule__ProjectSettings__Group_3_0__1 ;
    public final void rule__ProjectSettings__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1023:1: ( rule__ProjectSettings__Group_3_0__0__Impl rule__ProjectSettings__Group_3_0__1 )
            // InternalShots.g:1024:2: rule__ProjectSettings__Group_3_0__0__Impl rule__ProjectSettings__Group_3_0__1
            {
            pushFollow(FOLLOW_5);
            rule__ProjectSettings__Group_3_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_0__0"


    // $ANTLR start "rule__ProjectSettings__Group_3_0__0__Impl"
    // InternalShots.g:1031:1: rule__ProjectSettings__Group_3_0__0__Impl : ( 'song' ) ;
    public final void rule__ProjectSettings__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1035:1: ( ( 'song' ) )
            // InternalShots.g:1036:1: ( 'song' )
            {
            // InternalShots.g:1036:1: ( 'song' )
            // InternalShots.g:1037:2: 'song'
            {
             before(grammarAccess.getProjectSettingsAccess().getSongKeyword_3_0_0()); 
            match(input,24,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getSongKeyword_3_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_0__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_0__1"
    // InternalShots.g:1046:1: rule__ProjectSettings__Group_3_0__1 : rule__ProjectSettings__Group_3_0__1__Impl ;
    public final void rule__ProjectSettings__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1050:1: ( rule__ProjectSettings__Group_3_0__1__Impl )
            // InternalShots.g:1051:2: rule__ProjectSettings__Group_3_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_0__1"


    // $ANTLR start "rule__ProjectSettings__Group_3_0__1__Impl"
    // InternalShots.g:1057:1: rule__ProjectSettings__Group_3_0__1__Impl : ( ( rule__ProjectSettings__SongAssignment_3_0_1 ) ) ;
    public final void rule__ProjectSettings__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1061:1: ( ( ( rule__ProjectSettings__SongAssignment_3_0_1 ) ) )
            // InternalShots.g:1062:1: ( ( rule__ProjectSettings__SongAssignment_3_0_1 ) )
            {
            // InternalShots.g:1062:1: ( ( rule__ProjectSettings__SongAssignment_3_0_1 ) )
            // InternalShots.g:1063:2: ( rule__ProjectSettings__SongAssignment_3_0_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getSongAssignment_3_0_1()); 
            // InternalShots.g:1064:2: ( rule__ProjectSettings__SongAssignment_3_0_1 )
            // InternalShots.g:1064:3: rule__ProjectSettings__SongAssignment_3_0_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__SongAssignment_3_0_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getSongAssignment_3_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_0__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__0"
    // InternalShots.g:1073:1: rule__ProjectSettings__Group_3_1__0 : rule__ProjectSettings__Group_3_1__0__Impl rule__ProjectSettings__Group_3_1__1 ;
    public final void rule__ProjectSettings__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1077:1: ( rule__ProjectSettings__Group_3_1__0__Impl rule__ProjectSettings__Group_3_1__1 )
            // InternalShots.g:1078:2: rule__ProjectSettings__Group_3_1__0__Impl rule__ProjectSettings__Group_3_1__1
            {
            pushFollow(FOLLOW_9);
            rule__ProjectSettings__Group_3_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__0"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__0__Impl"
    // InternalShots.g:1085:1: rule__ProjectSettings__Group_3_1__0__Impl : ( 'tempo' ) ;
    public final void rule__ProjectSettings__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1089:1: ( ( 'tempo' ) )
            // InternalShots.g:1090:1: ( 'tempo' )
            {
            // InternalShots.g:1090:1: ( 'tempo' )
            // InternalShots.g:1091:2: 'tempo'
            {
             before(grammarAccess.getProjectSettingsAccess().getTempoKeyword_3_1_0()); 
            match(input,25,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getTempoKeyword_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__1"
    // InternalShots.g:1100:1: rule__ProjectSettings__Group_3_1__1 : rule__ProjectSettings__Group_3_1__1__Impl rule__ProjectSettings__Group_3_1__2 ;
    public final void rule__ProjectSettings__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1104:1: ( rule__ProjectSettings__Group_3_1__1__Impl rule__ProjectSettings__Group_3_1__2 )
            // InternalShots.g:1105:2: rule__ProjectSettings__Group_3_1__1__Impl rule__ProjectSettings__Group_3_1__2
            {
            pushFollow(FOLLOW_10);
            rule__ProjectSettings__Group_3_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__1"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__1__Impl"
    // InternalShots.g:1112:1: rule__ProjectSettings__Group_3_1__1__Impl : ( ( rule__ProjectSettings__TempoAssignment_3_1_1 ) ) ;
    public final void rule__ProjectSettings__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1116:1: ( ( ( rule__ProjectSettings__TempoAssignment_3_1_1 ) ) )
            // InternalShots.g:1117:1: ( ( rule__ProjectSettings__TempoAssignment_3_1_1 ) )
            {
            // InternalShots.g:1117:1: ( ( rule__ProjectSettings__TempoAssignment_3_1_1 ) )
            // InternalShots.g:1118:2: ( rule__ProjectSettings__TempoAssignment_3_1_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getTempoAssignment_3_1_1()); 
            // InternalShots.g:1119:2: ( rule__ProjectSettings__TempoAssignment_3_1_1 )
            // InternalShots.g:1119:3: rule__ProjectSettings__TempoAssignment_3_1_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__TempoAssignment_3_1_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getTempoAssignment_3_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__2"
    // InternalShots.g:1127:1: rule__ProjectSettings__Group_3_1__2 : rule__ProjectSettings__Group_3_1__2__Impl rule__ProjectSettings__Group_3_1__3 ;
    public final void rule__ProjectSettings__Group_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1131:1: ( rule__ProjectSettings__Group_3_1__2__Impl rule__ProjectSettings__Group_3_1__3 )
            // InternalShots.g:1132:2: rule__ProjectSettings__Group_3_1__2__Impl rule__ProjectSettings__Group_3_1__3
            {
            pushFollow(FOLLOW_11);
            rule__ProjectSettings__Group_3_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__2"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__2__Impl"
    // InternalShots.g:1139:1: rule__ProjectSettings__Group_3_1__2__Impl : ( 'bpm' ) ;
    public final void rule__ProjectSettings__Group_3_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1143:1: ( ( 'bpm' ) )
            // InternalShots.g:1144:1: ( 'bpm' )
            {
            // InternalShots.g:1144:1: ( 'bpm' )
            // InternalShots.g:1145:2: 'bpm'
            {
             before(grammarAccess.getProjectSettingsAccess().getBpmKeyword_3_1_2()); 
            match(input,26,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getBpmKeyword_3_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__2__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__3"
    // InternalShots.g:1154:1: rule__ProjectSettings__Group_3_1__3 : rule__ProjectSettings__Group_3_1__3__Impl ;
    public final void rule__ProjectSettings__Group_3_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1158:1: ( rule__ProjectSettings__Group_3_1__3__Impl )
            // InternalShots.g:1159:2: rule__ProjectSettings__Group_3_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__3"


    // $ANTLR start "rule__ProjectSettings__Group_3_1__3__Impl"
    // InternalShots.g:1165:1: rule__ProjectSettings__Group_3_1__3__Impl : ( ( rule__ProjectSettings__Group_3_1_3__0 )? ) ;
    public final void rule__ProjectSettings__Group_3_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1169:1: ( ( ( rule__ProjectSettings__Group_3_1_3__0 )? ) )
            // InternalShots.g:1170:1: ( ( rule__ProjectSettings__Group_3_1_3__0 )? )
            {
            // InternalShots.g:1170:1: ( ( rule__ProjectSettings__Group_3_1_3__0 )? )
            // InternalShots.g:1171:2: ( rule__ProjectSettings__Group_3_1_3__0 )?
            {
             before(grammarAccess.getProjectSettingsAccess().getGroup_3_1_3()); 
            // InternalShots.g:1172:2: ( rule__ProjectSettings__Group_3_1_3__0 )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==27) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalShots.g:1172:3: rule__ProjectSettings__Group_3_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__Group_3_1_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getProjectSettingsAccess().getGroup_3_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1__3__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__0"
    // InternalShots.g:1181:1: rule__ProjectSettings__Group_3_1_3__0 : rule__ProjectSettings__Group_3_1_3__0__Impl rule__ProjectSettings__Group_3_1_3__1 ;
    public final void rule__ProjectSettings__Group_3_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1185:1: ( rule__ProjectSettings__Group_3_1_3__0__Impl rule__ProjectSettings__Group_3_1_3__1 )
            // InternalShots.g:1186:2: rule__ProjectSettings__Group_3_1_3__0__Impl rule__ProjectSettings__Group_3_1_3__1
            {
            pushFollow(FOLLOW_9);
            rule__ProjectSettings__Group_3_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__0"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__0__Impl"
    // InternalShots.g:1193:1: rule__ProjectSettings__Group_3_1_3__0__Impl : ( ',' ) ;
    public final void rule__ProjectSettings__Group_3_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1197:1: ( ( ',' ) )
            // InternalShots.g:1198:1: ( ',' )
            {
            // InternalShots.g:1198:1: ( ',' )
            // InternalShots.g:1199:2: ','
            {
             before(grammarAccess.getProjectSettingsAccess().getCommaKeyword_3_1_3_0()); 
            match(input,27,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getCommaKeyword_3_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__1"
    // InternalShots.g:1208:1: rule__ProjectSettings__Group_3_1_3__1 : rule__ProjectSettings__Group_3_1_3__1__Impl rule__ProjectSettings__Group_3_1_3__2 ;
    public final void rule__ProjectSettings__Group_3_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1212:1: ( rule__ProjectSettings__Group_3_1_3__1__Impl rule__ProjectSettings__Group_3_1_3__2 )
            // InternalShots.g:1213:2: rule__ProjectSettings__Group_3_1_3__1__Impl rule__ProjectSettings__Group_3_1_3__2
            {
            pushFollow(FOLLOW_12);
            rule__ProjectSettings__Group_3_1_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__1"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__1__Impl"
    // InternalShots.g:1220:1: rule__ProjectSettings__Group_3_1_3__1__Impl : ( ( rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1 ) ) ;
    public final void rule__ProjectSettings__Group_3_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1224:1: ( ( ( rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1 ) ) )
            // InternalShots.g:1225:1: ( ( rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1 ) )
            {
            // InternalShots.g:1225:1: ( ( rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1 ) )
            // InternalShots.g:1226:2: ( rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getBeatsPerBarAssignment_3_1_3_1()); 
            // InternalShots.g:1227:2: ( rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1 )
            // InternalShots.g:1227:3: rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getBeatsPerBarAssignment_3_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__2"
    // InternalShots.g:1235:1: rule__ProjectSettings__Group_3_1_3__2 : rule__ProjectSettings__Group_3_1_3__2__Impl rule__ProjectSettings__Group_3_1_3__3 ;
    public final void rule__ProjectSettings__Group_3_1_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1239:1: ( rule__ProjectSettings__Group_3_1_3__2__Impl rule__ProjectSettings__Group_3_1_3__3 )
            // InternalShots.g:1240:2: rule__ProjectSettings__Group_3_1_3__2__Impl rule__ProjectSettings__Group_3_1_3__3
            {
            pushFollow(FOLLOW_13);
            rule__ProjectSettings__Group_3_1_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__2"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__2__Impl"
    // InternalShots.g:1247:1: rule__ProjectSettings__Group_3_1_3__2__Impl : ( 'beats' ) ;
    public final void rule__ProjectSettings__Group_3_1_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1251:1: ( ( 'beats' ) )
            // InternalShots.g:1252:1: ( 'beats' )
            {
            // InternalShots.g:1252:1: ( 'beats' )
            // InternalShots.g:1253:2: 'beats'
            {
             before(grammarAccess.getProjectSettingsAccess().getBeatsKeyword_3_1_3_2()); 
            match(input,28,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getBeatsKeyword_3_1_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__2__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__3"
    // InternalShots.g:1262:1: rule__ProjectSettings__Group_3_1_3__3 : rule__ProjectSettings__Group_3_1_3__3__Impl rule__ProjectSettings__Group_3_1_3__4 ;
    public final void rule__ProjectSettings__Group_3_1_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1266:1: ( rule__ProjectSettings__Group_3_1_3__3__Impl rule__ProjectSettings__Group_3_1_3__4 )
            // InternalShots.g:1267:2: rule__ProjectSettings__Group_3_1_3__3__Impl rule__ProjectSettings__Group_3_1_3__4
            {
            pushFollow(FOLLOW_14);
            rule__ProjectSettings__Group_3_1_3__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1_3__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__3"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__3__Impl"
    // InternalShots.g:1274:1: rule__ProjectSettings__Group_3_1_3__3__Impl : ( 'per' ) ;
    public final void rule__ProjectSettings__Group_3_1_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1278:1: ( ( 'per' ) )
            // InternalShots.g:1279:1: ( 'per' )
            {
            // InternalShots.g:1279:1: ( 'per' )
            // InternalShots.g:1280:2: 'per'
            {
             before(grammarAccess.getProjectSettingsAccess().getPerKeyword_3_1_3_3()); 
            match(input,29,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getPerKeyword_3_1_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__3__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__4"
    // InternalShots.g:1289:1: rule__ProjectSettings__Group_3_1_3__4 : rule__ProjectSettings__Group_3_1_3__4__Impl ;
    public final void rule__ProjectSettings__Group_3_1_3__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1293:1: ( rule__ProjectSettings__Group_3_1_3__4__Impl )
            // InternalShots.g:1294:2: rule__ProjectSettings__Group_3_1_3__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_1_3__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__4"


    // $ANTLR start "rule__ProjectSettings__Group_3_1_3__4__Impl"
    // InternalShots.g:1300:1: rule__ProjectSettings__Group_3_1_3__4__Impl : ( 'bar' ) ;
    public final void rule__ProjectSettings__Group_3_1_3__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1304:1: ( ( 'bar' ) )
            // InternalShots.g:1305:1: ( 'bar' )
            {
            // InternalShots.g:1305:1: ( 'bar' )
            // InternalShots.g:1306:2: 'bar'
            {
             before(grammarAccess.getProjectSettingsAccess().getBarKeyword_3_1_3_4()); 
            match(input,30,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getBarKeyword_3_1_3_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_1_3__4__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_2__0"
    // InternalShots.g:1316:1: rule__ProjectSettings__Group_3_2__0 : rule__ProjectSettings__Group_3_2__0__Impl rule__ProjectSettings__Group_3_2__1 ;
    public final void rule__ProjectSettings__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1320:1: ( rule__ProjectSettings__Group_3_2__0__Impl rule__ProjectSettings__Group_3_2__1 )
            // InternalShots.g:1321:2: rule__ProjectSettings__Group_3_2__0__Impl rule__ProjectSettings__Group_3_2__1
            {
            pushFollow(FOLLOW_15);
            rule__ProjectSettings__Group_3_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_2__0"


    // $ANTLR start "rule__ProjectSettings__Group_3_2__0__Impl"
    // InternalShots.g:1328:1: rule__ProjectSettings__Group_3_2__0__Impl : ( 'format' ) ;
    public final void rule__ProjectSettings__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1332:1: ( ( 'format' ) )
            // InternalShots.g:1333:1: ( 'format' )
            {
            // InternalShots.g:1333:1: ( 'format' )
            // InternalShots.g:1334:2: 'format'
            {
             before(grammarAccess.getProjectSettingsAccess().getFormatKeyword_3_2_0()); 
            match(input,31,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getFormatKeyword_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_2__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_2__1"
    // InternalShots.g:1343:1: rule__ProjectSettings__Group_3_2__1 : rule__ProjectSettings__Group_3_2__1__Impl ;
    public final void rule__ProjectSettings__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1347:1: ( rule__ProjectSettings__Group_3_2__1__Impl )
            // InternalShots.g:1348:2: rule__ProjectSettings__Group_3_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_2__1"


    // $ANTLR start "rule__ProjectSettings__Group_3_2__1__Impl"
    // InternalShots.g:1354:1: rule__ProjectSettings__Group_3_2__1__Impl : ( ( rule__ProjectSettings__FormatAssignment_3_2_1 ) ) ;
    public final void rule__ProjectSettings__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1358:1: ( ( ( rule__ProjectSettings__FormatAssignment_3_2_1 ) ) )
            // InternalShots.g:1359:1: ( ( rule__ProjectSettings__FormatAssignment_3_2_1 ) )
            {
            // InternalShots.g:1359:1: ( ( rule__ProjectSettings__FormatAssignment_3_2_1 ) )
            // InternalShots.g:1360:2: ( rule__ProjectSettings__FormatAssignment_3_2_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getFormatAssignment_3_2_1()); 
            // InternalShots.g:1361:2: ( rule__ProjectSettings__FormatAssignment_3_2_1 )
            // InternalShots.g:1361:3: rule__ProjectSettings__FormatAssignment_3_2_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__FormatAssignment_3_2_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getFormatAssignment_3_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_2__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_3__0"
    // InternalShots.g:1370:1: rule__ProjectSettings__Group_3_3__0 : rule__ProjectSettings__Group_3_3__0__Impl rule__ProjectSettings__Group_3_3__1 ;
    public final void rule__ProjectSettings__Group_3_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1374:1: ( rule__ProjectSettings__Group_3_3__0__Impl rule__ProjectSettings__Group_3_3__1 )
            // InternalShots.g:1375:2: rule__ProjectSettings__Group_3_3__0__Impl rule__ProjectSettings__Group_3_3__1
            {
            pushFollow(FOLLOW_15);
            rule__ProjectSettings__Group_3_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_3__0"


    // $ANTLR start "rule__ProjectSettings__Group_3_3__0__Impl"
    // InternalShots.g:1382:1: rule__ProjectSettings__Group_3_3__0__Impl : ( 'deliver' ) ;
    public final void rule__ProjectSettings__Group_3_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1386:1: ( ( 'deliver' ) )
            // InternalShots.g:1387:1: ( 'deliver' )
            {
            // InternalShots.g:1387:1: ( 'deliver' )
            // InternalShots.g:1388:2: 'deliver'
            {
             before(grammarAccess.getProjectSettingsAccess().getDeliverKeyword_3_3_0()); 
            match(input,32,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getDeliverKeyword_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_3__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_3__1"
    // InternalShots.g:1397:1: rule__ProjectSettings__Group_3_3__1 : rule__ProjectSettings__Group_3_3__1__Impl ;
    public final void rule__ProjectSettings__Group_3_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1401:1: ( rule__ProjectSettings__Group_3_3__1__Impl )
            // InternalShots.g:1402:2: rule__ProjectSettings__Group_3_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_3__1"


    // $ANTLR start "rule__ProjectSettings__Group_3_3__1__Impl"
    // InternalShots.g:1408:1: rule__ProjectSettings__Group_3_3__1__Impl : ( ( rule__ProjectSettings__DeliverAssignment_3_3_1 ) ) ;
    public final void rule__ProjectSettings__Group_3_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1412:1: ( ( ( rule__ProjectSettings__DeliverAssignment_3_3_1 ) ) )
            // InternalShots.g:1413:1: ( ( rule__ProjectSettings__DeliverAssignment_3_3_1 ) )
            {
            // InternalShots.g:1413:1: ( ( rule__ProjectSettings__DeliverAssignment_3_3_1 ) )
            // InternalShots.g:1414:2: ( rule__ProjectSettings__DeliverAssignment_3_3_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getDeliverAssignment_3_3_1()); 
            // InternalShots.g:1415:2: ( rule__ProjectSettings__DeliverAssignment_3_3_1 )
            // InternalShots.g:1415:3: rule__ProjectSettings__DeliverAssignment_3_3_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__DeliverAssignment_3_3_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getDeliverAssignment_3_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_3__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_4__0"
    // InternalShots.g:1424:1: rule__ProjectSettings__Group_3_4__0 : rule__ProjectSettings__Group_3_4__0__Impl rule__ProjectSettings__Group_3_4__1 ;
    public final void rule__ProjectSettings__Group_3_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1428:1: ( rule__ProjectSettings__Group_3_4__0__Impl rule__ProjectSettings__Group_3_4__1 )
            // InternalShots.g:1429:2: rule__ProjectSettings__Group_3_4__0__Impl rule__ProjectSettings__Group_3_4__1
            {
            pushFollow(FOLLOW_16);
            rule__ProjectSettings__Group_3_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_4__0"


    // $ANTLR start "rule__ProjectSettings__Group_3_4__0__Impl"
    // InternalShots.g:1436:1: rule__ProjectSettings__Group_3_4__0__Impl : ( 'backend' ) ;
    public final void rule__ProjectSettings__Group_3_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1440:1: ( ( 'backend' ) )
            // InternalShots.g:1441:1: ( 'backend' )
            {
            // InternalShots.g:1441:1: ( 'backend' )
            // InternalShots.g:1442:2: 'backend'
            {
             before(grammarAccess.getProjectSettingsAccess().getBackendKeyword_3_4_0()); 
            match(input,33,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getBackendKeyword_3_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_4__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_4__1"
    // InternalShots.g:1451:1: rule__ProjectSettings__Group_3_4__1 : rule__ProjectSettings__Group_3_4__1__Impl ;
    public final void rule__ProjectSettings__Group_3_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1455:1: ( rule__ProjectSettings__Group_3_4__1__Impl )
            // InternalShots.g:1456:2: rule__ProjectSettings__Group_3_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_4__1"


    // $ANTLR start "rule__ProjectSettings__Group_3_4__1__Impl"
    // InternalShots.g:1462:1: rule__ProjectSettings__Group_3_4__1__Impl : ( ( rule__ProjectSettings__DefaultBackendAssignment_3_4_1 ) ) ;
    public final void rule__ProjectSettings__Group_3_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1466:1: ( ( ( rule__ProjectSettings__DefaultBackendAssignment_3_4_1 ) ) )
            // InternalShots.g:1467:1: ( ( rule__ProjectSettings__DefaultBackendAssignment_3_4_1 ) )
            {
            // InternalShots.g:1467:1: ( ( rule__ProjectSettings__DefaultBackendAssignment_3_4_1 ) )
            // InternalShots.g:1468:2: ( rule__ProjectSettings__DefaultBackendAssignment_3_4_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getDefaultBackendAssignment_3_4_1()); 
            // InternalShots.g:1469:2: ( rule__ProjectSettings__DefaultBackendAssignment_3_4_1 )
            // InternalShots.g:1469:3: rule__ProjectSettings__DefaultBackendAssignment_3_4_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__DefaultBackendAssignment_3_4_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getDefaultBackendAssignment_3_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_4__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_5__0"
    // InternalShots.g:1478:1: rule__ProjectSettings__Group_3_5__0 : rule__ProjectSettings__Group_3_5__0__Impl rule__ProjectSettings__Group_3_5__1 ;
    public final void rule__ProjectSettings__Group_3_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1482:1: ( rule__ProjectSettings__Group_3_5__0__Impl rule__ProjectSettings__Group_3_5__1 )
            // InternalShots.g:1483:2: rule__ProjectSettings__Group_3_5__0__Impl rule__ProjectSettings__Group_3_5__1
            {
            pushFollow(FOLLOW_9);
            rule__ProjectSettings__Group_3_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_5__0"


    // $ANTLR start "rule__ProjectSettings__Group_3_5__0__Impl"
    // InternalShots.g:1490:1: rule__ProjectSettings__Group_3_5__0__Impl : ( 'budget' ) ;
    public final void rule__ProjectSettings__Group_3_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1494:1: ( ( 'budget' ) )
            // InternalShots.g:1495:1: ( 'budget' )
            {
            // InternalShots.g:1495:1: ( 'budget' )
            // InternalShots.g:1496:2: 'budget'
            {
             before(grammarAccess.getProjectSettingsAccess().getBudgetKeyword_3_5_0()); 
            match(input,34,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getBudgetKeyword_3_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_5__0__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_5__1"
    // InternalShots.g:1505:1: rule__ProjectSettings__Group_3_5__1 : rule__ProjectSettings__Group_3_5__1__Impl rule__ProjectSettings__Group_3_5__2 ;
    public final void rule__ProjectSettings__Group_3_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1509:1: ( rule__ProjectSettings__Group_3_5__1__Impl rule__ProjectSettings__Group_3_5__2 )
            // InternalShots.g:1510:2: rule__ProjectSettings__Group_3_5__1__Impl rule__ProjectSettings__Group_3_5__2
            {
            pushFollow(FOLLOW_16);
            rule__ProjectSettings__Group_3_5__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_5__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_5__1"


    // $ANTLR start "rule__ProjectSettings__Group_3_5__1__Impl"
    // InternalShots.g:1517:1: rule__ProjectSettings__Group_3_5__1__Impl : ( ( rule__ProjectSettings__BudgetAssignment_3_5_1 ) ) ;
    public final void rule__ProjectSettings__Group_3_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1521:1: ( ( ( rule__ProjectSettings__BudgetAssignment_3_5_1 ) ) )
            // InternalShots.g:1522:1: ( ( rule__ProjectSettings__BudgetAssignment_3_5_1 ) )
            {
            // InternalShots.g:1522:1: ( ( rule__ProjectSettings__BudgetAssignment_3_5_1 ) )
            // InternalShots.g:1523:2: ( rule__ProjectSettings__BudgetAssignment_3_5_1 )
            {
             before(grammarAccess.getProjectSettingsAccess().getBudgetAssignment_3_5_1()); 
            // InternalShots.g:1524:2: ( rule__ProjectSettings__BudgetAssignment_3_5_1 )
            // InternalShots.g:1524:3: rule__ProjectSettings__BudgetAssignment_3_5_1
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__BudgetAssignment_3_5_1();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getBudgetAssignment_3_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_5__1__Impl"


    // $ANTLR start "rule__ProjectSettings__Group_3_5__2"
    // InternalShots.g:1532:1: rule__ProjectSettings__Group_3_5__2 : rule__ProjectSettings__Group_3_5__2__Impl ;
    public final void rule__ProjectSettings__Group_3_5__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1536:1: ( rule__ProjectSettings__Group_3_5__2__Impl )
            // InternalShots.g:1537:2: rule__ProjectSettings__Group_3_5__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__Group_3_5__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_5__2"


    // $ANTLR start "rule__ProjectSettings__Group_3_5__2__Impl"
    // InternalShots.g:1543:1: rule__ProjectSettings__Group_3_5__2__Impl : ( ( rule__ProjectSettings__CurrencyAssignment_3_5_2 ) ) ;
    public final void rule__ProjectSettings__Group_3_5__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1547:1: ( ( ( rule__ProjectSettings__CurrencyAssignment_3_5_2 ) ) )
            // InternalShots.g:1548:1: ( ( rule__ProjectSettings__CurrencyAssignment_3_5_2 ) )
            {
            // InternalShots.g:1548:1: ( ( rule__ProjectSettings__CurrencyAssignment_3_5_2 ) )
            // InternalShots.g:1549:2: ( rule__ProjectSettings__CurrencyAssignment_3_5_2 )
            {
             before(grammarAccess.getProjectSettingsAccess().getCurrencyAssignment_3_5_2()); 
            // InternalShots.g:1550:2: ( rule__ProjectSettings__CurrencyAssignment_3_5_2 )
            // InternalShots.g:1550:3: rule__ProjectSettings__CurrencyAssignment_3_5_2
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__CurrencyAssignment_3_5_2();

            state._fsp--;


            }

             after(grammarAccess.getProjectSettingsAccess().getCurrencyAssignment_3_5_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__Group_3_5__2__Impl"


    // $ANTLR start "rule__VideoFormat__Group__0"
    // InternalShots.g:1559:1: rule__VideoFormat__Group__0 : rule__VideoFormat__Group__0__Impl rule__VideoFormat__Group__1 ;
    public final void rule__VideoFormat__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1563:1: ( rule__VideoFormat__Group__0__Impl rule__VideoFormat__Group__1 )
            // InternalShots.g:1564:2: rule__VideoFormat__Group__0__Impl rule__VideoFormat__Group__1
            {
            pushFollow(FOLLOW_9);
            rule__VideoFormat__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VideoFormat__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__0"


    // $ANTLR start "rule__VideoFormat__Group__0__Impl"
    // InternalShots.g:1571:1: rule__VideoFormat__Group__0__Impl : ( ( rule__VideoFormat__WidthAssignment_0 ) ) ;
    public final void rule__VideoFormat__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1575:1: ( ( ( rule__VideoFormat__WidthAssignment_0 ) ) )
            // InternalShots.g:1576:1: ( ( rule__VideoFormat__WidthAssignment_0 ) )
            {
            // InternalShots.g:1576:1: ( ( rule__VideoFormat__WidthAssignment_0 ) )
            // InternalShots.g:1577:2: ( rule__VideoFormat__WidthAssignment_0 )
            {
             before(grammarAccess.getVideoFormatAccess().getWidthAssignment_0()); 
            // InternalShots.g:1578:2: ( rule__VideoFormat__WidthAssignment_0 )
            // InternalShots.g:1578:3: rule__VideoFormat__WidthAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__VideoFormat__WidthAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getVideoFormatAccess().getWidthAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__0__Impl"


    // $ANTLR start "rule__VideoFormat__Group__1"
    // InternalShots.g:1586:1: rule__VideoFormat__Group__1 : rule__VideoFormat__Group__1__Impl rule__VideoFormat__Group__2 ;
    public final void rule__VideoFormat__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1590:1: ( rule__VideoFormat__Group__1__Impl rule__VideoFormat__Group__2 )
            // InternalShots.g:1591:2: rule__VideoFormat__Group__1__Impl rule__VideoFormat__Group__2
            {
            pushFollow(FOLLOW_17);
            rule__VideoFormat__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VideoFormat__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__1"


    // $ANTLR start "rule__VideoFormat__Group__1__Impl"
    // InternalShots.g:1598:1: rule__VideoFormat__Group__1__Impl : ( ( rule__VideoFormat__HeightAssignment_1 ) ) ;
    public final void rule__VideoFormat__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1602:1: ( ( ( rule__VideoFormat__HeightAssignment_1 ) ) )
            // InternalShots.g:1603:1: ( ( rule__VideoFormat__HeightAssignment_1 ) )
            {
            // InternalShots.g:1603:1: ( ( rule__VideoFormat__HeightAssignment_1 ) )
            // InternalShots.g:1604:2: ( rule__VideoFormat__HeightAssignment_1 )
            {
             before(grammarAccess.getVideoFormatAccess().getHeightAssignment_1()); 
            // InternalShots.g:1605:2: ( rule__VideoFormat__HeightAssignment_1 )
            // InternalShots.g:1605:3: rule__VideoFormat__HeightAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__VideoFormat__HeightAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getVideoFormatAccess().getHeightAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__1__Impl"


    // $ANTLR start "rule__VideoFormat__Group__2"
    // InternalShots.g:1613:1: rule__VideoFormat__Group__2 : rule__VideoFormat__Group__2__Impl rule__VideoFormat__Group__3 ;
    public final void rule__VideoFormat__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1617:1: ( rule__VideoFormat__Group__2__Impl rule__VideoFormat__Group__3 )
            // InternalShots.g:1618:2: rule__VideoFormat__Group__2__Impl rule__VideoFormat__Group__3
            {
            pushFollow(FOLLOW_9);
            rule__VideoFormat__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VideoFormat__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__2"


    // $ANTLR start "rule__VideoFormat__Group__2__Impl"
    // InternalShots.g:1625:1: rule__VideoFormat__Group__2__Impl : ( 'at' ) ;
    public final void rule__VideoFormat__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1629:1: ( ( 'at' ) )
            // InternalShots.g:1630:1: ( 'at' )
            {
            // InternalShots.g:1630:1: ( 'at' )
            // InternalShots.g:1631:2: 'at'
            {
             before(grammarAccess.getVideoFormatAccess().getAtKeyword_2()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getVideoFormatAccess().getAtKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__2__Impl"


    // $ANTLR start "rule__VideoFormat__Group__3"
    // InternalShots.g:1640:1: rule__VideoFormat__Group__3 : rule__VideoFormat__Group__3__Impl rule__VideoFormat__Group__4 ;
    public final void rule__VideoFormat__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1644:1: ( rule__VideoFormat__Group__3__Impl rule__VideoFormat__Group__4 )
            // InternalShots.g:1645:2: rule__VideoFormat__Group__3__Impl rule__VideoFormat__Group__4
            {
            pushFollow(FOLLOW_18);
            rule__VideoFormat__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__VideoFormat__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__3"


    // $ANTLR start "rule__VideoFormat__Group__3__Impl"
    // InternalShots.g:1652:1: rule__VideoFormat__Group__3__Impl : ( ( rule__VideoFormat__FpsAssignment_3 ) ) ;
    public final void rule__VideoFormat__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1656:1: ( ( ( rule__VideoFormat__FpsAssignment_3 ) ) )
            // InternalShots.g:1657:1: ( ( rule__VideoFormat__FpsAssignment_3 ) )
            {
            // InternalShots.g:1657:1: ( ( rule__VideoFormat__FpsAssignment_3 ) )
            // InternalShots.g:1658:2: ( rule__VideoFormat__FpsAssignment_3 )
            {
             before(grammarAccess.getVideoFormatAccess().getFpsAssignment_3()); 
            // InternalShots.g:1659:2: ( rule__VideoFormat__FpsAssignment_3 )
            // InternalShots.g:1659:3: rule__VideoFormat__FpsAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__VideoFormat__FpsAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getVideoFormatAccess().getFpsAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__3__Impl"


    // $ANTLR start "rule__VideoFormat__Group__4"
    // InternalShots.g:1667:1: rule__VideoFormat__Group__4 : rule__VideoFormat__Group__4__Impl ;
    public final void rule__VideoFormat__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1671:1: ( rule__VideoFormat__Group__4__Impl )
            // InternalShots.g:1672:2: rule__VideoFormat__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__VideoFormat__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__4"


    // $ANTLR start "rule__VideoFormat__Group__4__Impl"
    // InternalShots.g:1678:1: rule__VideoFormat__Group__4__Impl : ( 'fps' ) ;
    public final void rule__VideoFormat__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1682:1: ( ( 'fps' ) )
            // InternalShots.g:1683:1: ( 'fps' )
            {
            // InternalShots.g:1683:1: ( 'fps' )
            // InternalShots.g:1684:2: 'fps'
            {
             before(grammarAccess.getVideoFormatAccess().getFpsKeyword_4()); 
            match(input,36,FOLLOW_2); 
             after(grammarAccess.getVideoFormatAccess().getFpsKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__Group__4__Impl"


    // $ANTLR start "rule__FrameSize__Group__0"
    // InternalShots.g:1694:1: rule__FrameSize__Group__0 : rule__FrameSize__Group__0__Impl rule__FrameSize__Group__1 ;
    public final void rule__FrameSize__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1698:1: ( rule__FrameSize__Group__0__Impl rule__FrameSize__Group__1 )
            // InternalShots.g:1699:2: rule__FrameSize__Group__0__Impl rule__FrameSize__Group__1
            {
            pushFollow(FOLLOW_9);
            rule__FrameSize__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FrameSize__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FrameSize__Group__0"


    // $ANTLR start "rule__FrameSize__Group__0__Impl"
    // InternalShots.g:1706:1: rule__FrameSize__Group__0__Impl : ( ( rule__FrameSize__WidthAssignment_0 ) ) ;
    public final void rule__FrameSize__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1710:1: ( ( ( rule__FrameSize__WidthAssignment_0 ) ) )
            // InternalShots.g:1711:1: ( ( rule__FrameSize__WidthAssignment_0 ) )
            {
            // InternalShots.g:1711:1: ( ( rule__FrameSize__WidthAssignment_0 ) )
            // InternalShots.g:1712:2: ( rule__FrameSize__WidthAssignment_0 )
            {
             before(grammarAccess.getFrameSizeAccess().getWidthAssignment_0()); 
            // InternalShots.g:1713:2: ( rule__FrameSize__WidthAssignment_0 )
            // InternalShots.g:1713:3: rule__FrameSize__WidthAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__FrameSize__WidthAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getFrameSizeAccess().getWidthAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FrameSize__Group__0__Impl"


    // $ANTLR start "rule__FrameSize__Group__1"
    // InternalShots.g:1721:1: rule__FrameSize__Group__1 : rule__FrameSize__Group__1__Impl ;
    public final void rule__FrameSize__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1725:1: ( rule__FrameSize__Group__1__Impl )
            // InternalShots.g:1726:2: rule__FrameSize__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FrameSize__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FrameSize__Group__1"


    // $ANTLR start "rule__FrameSize__Group__1__Impl"
    // InternalShots.g:1732:1: rule__FrameSize__Group__1__Impl : ( ( rule__FrameSize__HeightAssignment_1 ) ) ;
    public final void rule__FrameSize__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1736:1: ( ( ( rule__FrameSize__HeightAssignment_1 ) ) )
            // InternalShots.g:1737:1: ( ( rule__FrameSize__HeightAssignment_1 ) )
            {
            // InternalShots.g:1737:1: ( ( rule__FrameSize__HeightAssignment_1 ) )
            // InternalShots.g:1738:2: ( rule__FrameSize__HeightAssignment_1 )
            {
             before(grammarAccess.getFrameSizeAccess().getHeightAssignment_1()); 
            // InternalShots.g:1739:2: ( rule__FrameSize__HeightAssignment_1 )
            // InternalShots.g:1739:3: rule__FrameSize__HeightAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__FrameSize__HeightAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getFrameSizeAccess().getHeightAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FrameSize__Group__1__Impl"


    // $ANTLR start "rule__Style__Group__0"
    // InternalShots.g:1748:1: rule__Style__Group__0 : rule__Style__Group__0__Impl rule__Style__Group__1 ;
    public final void rule__Style__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1752:1: ( rule__Style__Group__0__Impl rule__Style__Group__1 )
            // InternalShots.g:1753:2: rule__Style__Group__0__Impl rule__Style__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__Style__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Style__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__Group__0"


    // $ANTLR start "rule__Style__Group__0__Impl"
    // InternalShots.g:1760:1: rule__Style__Group__0__Impl : ( 'style' ) ;
    public final void rule__Style__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1764:1: ( ( 'style' ) )
            // InternalShots.g:1765:1: ( 'style' )
            {
            // InternalShots.g:1765:1: ( 'style' )
            // InternalShots.g:1766:2: 'style'
            {
             before(grammarAccess.getStyleAccess().getStyleKeyword_0()); 
            match(input,37,FOLLOW_2); 
             after(grammarAccess.getStyleAccess().getStyleKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__Group__0__Impl"


    // $ANTLR start "rule__Style__Group__1"
    // InternalShots.g:1775:1: rule__Style__Group__1 : rule__Style__Group__1__Impl rule__Style__Group__2 ;
    public final void rule__Style__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1779:1: ( rule__Style__Group__1__Impl rule__Style__Group__2 )
            // InternalShots.g:1780:2: rule__Style__Group__1__Impl rule__Style__Group__2
            {
            pushFollow(FOLLOW_5);
            rule__Style__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Style__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__Group__1"


    // $ANTLR start "rule__Style__Group__1__Impl"
    // InternalShots.g:1787:1: rule__Style__Group__1__Impl : ( ( rule__Style__NameAssignment_1 ) ) ;
    public final void rule__Style__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1791:1: ( ( ( rule__Style__NameAssignment_1 ) ) )
            // InternalShots.g:1792:1: ( ( rule__Style__NameAssignment_1 ) )
            {
            // InternalShots.g:1792:1: ( ( rule__Style__NameAssignment_1 ) )
            // InternalShots.g:1793:2: ( rule__Style__NameAssignment_1 )
            {
             before(grammarAccess.getStyleAccess().getNameAssignment_1()); 
            // InternalShots.g:1794:2: ( rule__Style__NameAssignment_1 )
            // InternalShots.g:1794:3: rule__Style__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Style__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getStyleAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__Group__1__Impl"


    // $ANTLR start "rule__Style__Group__2"
    // InternalShots.g:1802:1: rule__Style__Group__2 : rule__Style__Group__2__Impl ;
    public final void rule__Style__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1806:1: ( rule__Style__Group__2__Impl )
            // InternalShots.g:1807:2: rule__Style__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Style__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__Group__2"


    // $ANTLR start "rule__Style__Group__2__Impl"
    // InternalShots.g:1813:1: rule__Style__Group__2__Impl : ( ( rule__Style__DescriptionAssignment_2 ) ) ;
    public final void rule__Style__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1817:1: ( ( ( rule__Style__DescriptionAssignment_2 ) ) )
            // InternalShots.g:1818:1: ( ( rule__Style__DescriptionAssignment_2 ) )
            {
            // InternalShots.g:1818:1: ( ( rule__Style__DescriptionAssignment_2 ) )
            // InternalShots.g:1819:2: ( rule__Style__DescriptionAssignment_2 )
            {
             before(grammarAccess.getStyleAccess().getDescriptionAssignment_2()); 
            // InternalShots.g:1820:2: ( rule__Style__DescriptionAssignment_2 )
            // InternalShots.g:1820:3: rule__Style__DescriptionAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Style__DescriptionAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getStyleAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__Group__2__Impl"


    // $ANTLR start "rule__Character__Group__0"
    // InternalShots.g:1829:1: rule__Character__Group__0 : rule__Character__Group__0__Impl rule__Character__Group__1 ;
    public final void rule__Character__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1833:1: ( rule__Character__Group__0__Impl rule__Character__Group__1 )
            // InternalShots.g:1834:2: rule__Character__Group__0__Impl rule__Character__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__Character__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Character__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__0"


    // $ANTLR start "rule__Character__Group__0__Impl"
    // InternalShots.g:1841:1: rule__Character__Group__0__Impl : ( 'character' ) ;
    public final void rule__Character__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1845:1: ( ( 'character' ) )
            // InternalShots.g:1846:1: ( 'character' )
            {
            // InternalShots.g:1846:1: ( 'character' )
            // InternalShots.g:1847:2: 'character'
            {
             before(grammarAccess.getCharacterAccess().getCharacterKeyword_0()); 
            match(input,38,FOLLOW_2); 
             after(grammarAccess.getCharacterAccess().getCharacterKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__0__Impl"


    // $ANTLR start "rule__Character__Group__1"
    // InternalShots.g:1856:1: rule__Character__Group__1 : rule__Character__Group__1__Impl rule__Character__Group__2 ;
    public final void rule__Character__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1860:1: ( rule__Character__Group__1__Impl rule__Character__Group__2 )
            // InternalShots.g:1861:2: rule__Character__Group__1__Impl rule__Character__Group__2
            {
            pushFollow(FOLLOW_5);
            rule__Character__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Character__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__1"


    // $ANTLR start "rule__Character__Group__1__Impl"
    // InternalShots.g:1868:1: rule__Character__Group__1__Impl : ( ( rule__Character__NameAssignment_1 ) ) ;
    public final void rule__Character__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1872:1: ( ( ( rule__Character__NameAssignment_1 ) ) )
            // InternalShots.g:1873:1: ( ( rule__Character__NameAssignment_1 ) )
            {
            // InternalShots.g:1873:1: ( ( rule__Character__NameAssignment_1 ) )
            // InternalShots.g:1874:2: ( rule__Character__NameAssignment_1 )
            {
             before(grammarAccess.getCharacterAccess().getNameAssignment_1()); 
            // InternalShots.g:1875:2: ( rule__Character__NameAssignment_1 )
            // InternalShots.g:1875:3: rule__Character__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Character__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getCharacterAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__1__Impl"


    // $ANTLR start "rule__Character__Group__2"
    // InternalShots.g:1883:1: rule__Character__Group__2 : rule__Character__Group__2__Impl rule__Character__Group__3 ;
    public final void rule__Character__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1887:1: ( rule__Character__Group__2__Impl rule__Character__Group__3 )
            // InternalShots.g:1888:2: rule__Character__Group__2__Impl rule__Character__Group__3
            {
            pushFollow(FOLLOW_6);
            rule__Character__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Character__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__2"


    // $ANTLR start "rule__Character__Group__2__Impl"
    // InternalShots.g:1895:1: rule__Character__Group__2__Impl : ( ( rule__Character__DescriptionAssignment_2 ) ) ;
    public final void rule__Character__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1899:1: ( ( ( rule__Character__DescriptionAssignment_2 ) ) )
            // InternalShots.g:1900:1: ( ( rule__Character__DescriptionAssignment_2 ) )
            {
            // InternalShots.g:1900:1: ( ( rule__Character__DescriptionAssignment_2 ) )
            // InternalShots.g:1901:2: ( rule__Character__DescriptionAssignment_2 )
            {
             before(grammarAccess.getCharacterAccess().getDescriptionAssignment_2()); 
            // InternalShots.g:1902:2: ( rule__Character__DescriptionAssignment_2 )
            // InternalShots.g:1902:3: rule__Character__DescriptionAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Character__DescriptionAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getCharacterAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__2__Impl"


    // $ANTLR start "rule__Character__Group__3"
    // InternalShots.g:1910:1: rule__Character__Group__3 : rule__Character__Group__3__Impl ;
    public final void rule__Character__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1914:1: ( rule__Character__Group__3__Impl )
            // InternalShots.g:1915:2: rule__Character__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Character__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__3"


    // $ANTLR start "rule__Character__Group__3__Impl"
    // InternalShots.g:1921:1: rule__Character__Group__3__Impl : ( ( rule__Character__Group_3__0 )? ) ;
    public final void rule__Character__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1925:1: ( ( ( rule__Character__Group_3__0 )? ) )
            // InternalShots.g:1926:1: ( ( rule__Character__Group_3__0 )? )
            {
            // InternalShots.g:1926:1: ( ( rule__Character__Group_3__0 )? )
            // InternalShots.g:1927:2: ( rule__Character__Group_3__0 )?
            {
             before(grammarAccess.getCharacterAccess().getGroup_3()); 
            // InternalShots.g:1928:2: ( rule__Character__Group_3__0 )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==22) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalShots.g:1928:3: rule__Character__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Character__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getCharacterAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group__3__Impl"


    // $ANTLR start "rule__Character__Group_3__0"
    // InternalShots.g:1937:1: rule__Character__Group_3__0 : rule__Character__Group_3__0__Impl rule__Character__Group_3__1 ;
    public final void rule__Character__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1941:1: ( rule__Character__Group_3__0__Impl rule__Character__Group_3__1 )
            // InternalShots.g:1942:2: rule__Character__Group_3__0__Impl rule__Character__Group_3__1
            {
            pushFollow(FOLLOW_19);
            rule__Character__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Character__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3__0"


    // $ANTLR start "rule__Character__Group_3__0__Impl"
    // InternalShots.g:1949:1: rule__Character__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Character__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1953:1: ( ( '{' ) )
            // InternalShots.g:1954:1: ( '{' )
            {
            // InternalShots.g:1954:1: ( '{' )
            // InternalShots.g:1955:2: '{'
            {
             before(grammarAccess.getCharacterAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,22,FOLLOW_2); 
             after(grammarAccess.getCharacterAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3__0__Impl"


    // $ANTLR start "rule__Character__Group_3__1"
    // InternalShots.g:1964:1: rule__Character__Group_3__1 : rule__Character__Group_3__1__Impl rule__Character__Group_3__2 ;
    public final void rule__Character__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1968:1: ( rule__Character__Group_3__1__Impl rule__Character__Group_3__2 )
            // InternalShots.g:1969:2: rule__Character__Group_3__1__Impl rule__Character__Group_3__2
            {
            pushFollow(FOLLOW_19);
            rule__Character__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Character__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3__1"


    // $ANTLR start "rule__Character__Group_3__1__Impl"
    // InternalShots.g:1976:1: rule__Character__Group_3__1__Impl : ( ( rule__Character__Group_3_1__0 )* ) ;
    public final void rule__Character__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1980:1: ( ( ( rule__Character__Group_3_1__0 )* ) )
            // InternalShots.g:1981:1: ( ( rule__Character__Group_3_1__0 )* )
            {
            // InternalShots.g:1981:1: ( ( rule__Character__Group_3_1__0 )* )
            // InternalShots.g:1982:2: ( rule__Character__Group_3_1__0 )*
            {
             before(grammarAccess.getCharacterAccess().getGroup_3_1()); 
            // InternalShots.g:1983:2: ( rule__Character__Group_3_1__0 )*
            loop12:
            do {
                int alt12=2;
                int LA12_0 = input.LA(1);

                if ( (LA12_0==39) ) {
                    alt12=1;
                }


                switch (alt12) {
            	case 1 :
            	    // InternalShots.g:1983:3: rule__Character__Group_3_1__0
            	    {
            	    pushFollow(FOLLOW_20);
            	    rule__Character__Group_3_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop12;
                }
            } while (true);

             after(grammarAccess.getCharacterAccess().getGroup_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3__1__Impl"


    // $ANTLR start "rule__Character__Group_3__2"
    // InternalShots.g:1991:1: rule__Character__Group_3__2 : rule__Character__Group_3__2__Impl ;
    public final void rule__Character__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:1995:1: ( rule__Character__Group_3__2__Impl )
            // InternalShots.g:1996:2: rule__Character__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Character__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3__2"


    // $ANTLR start "rule__Character__Group_3__2__Impl"
    // InternalShots.g:2002:1: rule__Character__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Character__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2006:1: ( ( '}' ) )
            // InternalShots.g:2007:1: ( '}' )
            {
            // InternalShots.g:2007:1: ( '}' )
            // InternalShots.g:2008:2: '}'
            {
             before(grammarAccess.getCharacterAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,23,FOLLOW_2); 
             after(grammarAccess.getCharacterAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3__2__Impl"


    // $ANTLR start "rule__Character__Group_3_1__0"
    // InternalShots.g:2018:1: rule__Character__Group_3_1__0 : rule__Character__Group_3_1__0__Impl rule__Character__Group_3_1__1 ;
    public final void rule__Character__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2022:1: ( rule__Character__Group_3_1__0__Impl rule__Character__Group_3_1__1 )
            // InternalShots.g:2023:2: rule__Character__Group_3_1__0__Impl rule__Character__Group_3_1__1
            {
            pushFollow(FOLLOW_5);
            rule__Character__Group_3_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Character__Group_3_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3_1__0"


    // $ANTLR start "rule__Character__Group_3_1__0__Impl"
    // InternalShots.g:2030:1: rule__Character__Group_3_1__0__Impl : ( 'reference' ) ;
    public final void rule__Character__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2034:1: ( ( 'reference' ) )
            // InternalShots.g:2035:1: ( 'reference' )
            {
            // InternalShots.g:2035:1: ( 'reference' )
            // InternalShots.g:2036:2: 'reference'
            {
             before(grammarAccess.getCharacterAccess().getReferenceKeyword_3_1_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getCharacterAccess().getReferenceKeyword_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3_1__0__Impl"


    // $ANTLR start "rule__Character__Group_3_1__1"
    // InternalShots.g:2045:1: rule__Character__Group_3_1__1 : rule__Character__Group_3_1__1__Impl ;
    public final void rule__Character__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2049:1: ( rule__Character__Group_3_1__1__Impl )
            // InternalShots.g:2050:2: rule__Character__Group_3_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Character__Group_3_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3_1__1"


    // $ANTLR start "rule__Character__Group_3_1__1__Impl"
    // InternalShots.g:2056:1: rule__Character__Group_3_1__1__Impl : ( ( rule__Character__ReferencesAssignment_3_1_1 ) ) ;
    public final void rule__Character__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2060:1: ( ( ( rule__Character__ReferencesAssignment_3_1_1 ) ) )
            // InternalShots.g:2061:1: ( ( rule__Character__ReferencesAssignment_3_1_1 ) )
            {
            // InternalShots.g:2061:1: ( ( rule__Character__ReferencesAssignment_3_1_1 ) )
            // InternalShots.g:2062:2: ( rule__Character__ReferencesAssignment_3_1_1 )
            {
             before(grammarAccess.getCharacterAccess().getReferencesAssignment_3_1_1()); 
            // InternalShots.g:2063:2: ( rule__Character__ReferencesAssignment_3_1_1 )
            // InternalShots.g:2063:3: rule__Character__ReferencesAssignment_3_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Character__ReferencesAssignment_3_1_1();

            state._fsp--;


            }

             after(grammarAccess.getCharacterAccess().getReferencesAssignment_3_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__Group_3_1__1__Impl"


    // $ANTLR start "rule__Location__Group__0"
    // InternalShots.g:2072:1: rule__Location__Group__0 : rule__Location__Group__0__Impl rule__Location__Group__1 ;
    public final void rule__Location__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2076:1: ( rule__Location__Group__0__Impl rule__Location__Group__1 )
            // InternalShots.g:2077:2: rule__Location__Group__0__Impl rule__Location__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__Location__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Location__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__Group__0"


    // $ANTLR start "rule__Location__Group__0__Impl"
    // InternalShots.g:2084:1: rule__Location__Group__0__Impl : ( 'location' ) ;
    public final void rule__Location__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2088:1: ( ( 'location' ) )
            // InternalShots.g:2089:1: ( 'location' )
            {
            // InternalShots.g:2089:1: ( 'location' )
            // InternalShots.g:2090:2: 'location'
            {
             before(grammarAccess.getLocationAccess().getLocationKeyword_0()); 
            match(input,40,FOLLOW_2); 
             after(grammarAccess.getLocationAccess().getLocationKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__Group__0__Impl"


    // $ANTLR start "rule__Location__Group__1"
    // InternalShots.g:2099:1: rule__Location__Group__1 : rule__Location__Group__1__Impl rule__Location__Group__2 ;
    public final void rule__Location__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2103:1: ( rule__Location__Group__1__Impl rule__Location__Group__2 )
            // InternalShots.g:2104:2: rule__Location__Group__1__Impl rule__Location__Group__2
            {
            pushFollow(FOLLOW_5);
            rule__Location__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Location__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__Group__1"


    // $ANTLR start "rule__Location__Group__1__Impl"
    // InternalShots.g:2111:1: rule__Location__Group__1__Impl : ( ( rule__Location__NameAssignment_1 ) ) ;
    public final void rule__Location__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2115:1: ( ( ( rule__Location__NameAssignment_1 ) ) )
            // InternalShots.g:2116:1: ( ( rule__Location__NameAssignment_1 ) )
            {
            // InternalShots.g:2116:1: ( ( rule__Location__NameAssignment_1 ) )
            // InternalShots.g:2117:2: ( rule__Location__NameAssignment_1 )
            {
             before(grammarAccess.getLocationAccess().getNameAssignment_1()); 
            // InternalShots.g:2118:2: ( rule__Location__NameAssignment_1 )
            // InternalShots.g:2118:3: rule__Location__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Location__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getLocationAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__Group__1__Impl"


    // $ANTLR start "rule__Location__Group__2"
    // InternalShots.g:2126:1: rule__Location__Group__2 : rule__Location__Group__2__Impl ;
    public final void rule__Location__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2130:1: ( rule__Location__Group__2__Impl )
            // InternalShots.g:2131:2: rule__Location__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Location__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__Group__2"


    // $ANTLR start "rule__Location__Group__2__Impl"
    // InternalShots.g:2137:1: rule__Location__Group__2__Impl : ( ( rule__Location__DescriptionAssignment_2 ) ) ;
    public final void rule__Location__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2141:1: ( ( ( rule__Location__DescriptionAssignment_2 ) ) )
            // InternalShots.g:2142:1: ( ( rule__Location__DescriptionAssignment_2 ) )
            {
            // InternalShots.g:2142:1: ( ( rule__Location__DescriptionAssignment_2 ) )
            // InternalShots.g:2143:2: ( rule__Location__DescriptionAssignment_2 )
            {
             before(grammarAccess.getLocationAccess().getDescriptionAssignment_2()); 
            // InternalShots.g:2144:2: ( rule__Location__DescriptionAssignment_2 )
            // InternalShots.g:2144:3: rule__Location__DescriptionAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Location__DescriptionAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getLocationAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__Group__2__Impl"


    // $ANTLR start "rule__Sequence__Group__0"
    // InternalShots.g:2153:1: rule__Sequence__Group__0 : rule__Sequence__Group__0__Impl rule__Sequence__Group__1 ;
    public final void rule__Sequence__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2157:1: ( rule__Sequence__Group__0__Impl rule__Sequence__Group__1 )
            // InternalShots.g:2158:2: rule__Sequence__Group__0__Impl rule__Sequence__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__Sequence__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sequence__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__0"


    // $ANTLR start "rule__Sequence__Group__0__Impl"
    // InternalShots.g:2165:1: rule__Sequence__Group__0__Impl : ( 'sequence' ) ;
    public final void rule__Sequence__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2169:1: ( ( 'sequence' ) )
            // InternalShots.g:2170:1: ( 'sequence' )
            {
            // InternalShots.g:2170:1: ( 'sequence' )
            // InternalShots.g:2171:2: 'sequence'
            {
             before(grammarAccess.getSequenceAccess().getSequenceKeyword_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getSequenceAccess().getSequenceKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__0__Impl"


    // $ANTLR start "rule__Sequence__Group__1"
    // InternalShots.g:2180:1: rule__Sequence__Group__1 : rule__Sequence__Group__1__Impl rule__Sequence__Group__2 ;
    public final void rule__Sequence__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2184:1: ( rule__Sequence__Group__1__Impl rule__Sequence__Group__2 )
            // InternalShots.g:2185:2: rule__Sequence__Group__1__Impl rule__Sequence__Group__2
            {
            pushFollow(FOLLOW_21);
            rule__Sequence__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sequence__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__1"


    // $ANTLR start "rule__Sequence__Group__1__Impl"
    // InternalShots.g:2192:1: rule__Sequence__Group__1__Impl : ( ( rule__Sequence__NameAssignment_1 ) ) ;
    public final void rule__Sequence__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2196:1: ( ( ( rule__Sequence__NameAssignment_1 ) ) )
            // InternalShots.g:2197:1: ( ( rule__Sequence__NameAssignment_1 ) )
            {
            // InternalShots.g:2197:1: ( ( rule__Sequence__NameAssignment_1 ) )
            // InternalShots.g:2198:2: ( rule__Sequence__NameAssignment_1 )
            {
             before(grammarAccess.getSequenceAccess().getNameAssignment_1()); 
            // InternalShots.g:2199:2: ( rule__Sequence__NameAssignment_1 )
            // InternalShots.g:2199:3: rule__Sequence__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Sequence__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSequenceAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__1__Impl"


    // $ANTLR start "rule__Sequence__Group__2"
    // InternalShots.g:2207:1: rule__Sequence__Group__2 : rule__Sequence__Group__2__Impl rule__Sequence__Group__3 ;
    public final void rule__Sequence__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2211:1: ( rule__Sequence__Group__2__Impl rule__Sequence__Group__3 )
            // InternalShots.g:2212:2: rule__Sequence__Group__2__Impl rule__Sequence__Group__3
            {
            pushFollow(FOLLOW_21);
            rule__Sequence__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sequence__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__2"


    // $ANTLR start "rule__Sequence__Group__2__Impl"
    // InternalShots.g:2219:1: rule__Sequence__Group__2__Impl : ( ( rule__Sequence__Group_2__0 )? ) ;
    public final void rule__Sequence__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2223:1: ( ( ( rule__Sequence__Group_2__0 )? ) )
            // InternalShots.g:2224:1: ( ( rule__Sequence__Group_2__0 )? )
            {
            // InternalShots.g:2224:1: ( ( rule__Sequence__Group_2__0 )? )
            // InternalShots.g:2225:2: ( rule__Sequence__Group_2__0 )?
            {
             before(grammarAccess.getSequenceAccess().getGroup_2()); 
            // InternalShots.g:2226:2: ( rule__Sequence__Group_2__0 )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==35) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalShots.g:2226:3: rule__Sequence__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sequence__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSequenceAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__2__Impl"


    // $ANTLR start "rule__Sequence__Group__3"
    // InternalShots.g:2234:1: rule__Sequence__Group__3 : rule__Sequence__Group__3__Impl rule__Sequence__Group__4 ;
    public final void rule__Sequence__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2238:1: ( rule__Sequence__Group__3__Impl rule__Sequence__Group__4 )
            // InternalShots.g:2239:2: rule__Sequence__Group__3__Impl rule__Sequence__Group__4
            {
            pushFollow(FOLLOW_22);
            rule__Sequence__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sequence__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__3"


    // $ANTLR start "rule__Sequence__Group__3__Impl"
    // InternalShots.g:2246:1: rule__Sequence__Group__3__Impl : ( '{' ) ;
    public final void rule__Sequence__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2250:1: ( ( '{' ) )
            // InternalShots.g:2251:1: ( '{' )
            {
            // InternalShots.g:2251:1: ( '{' )
            // InternalShots.g:2252:2: '{'
            {
             before(grammarAccess.getSequenceAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,22,FOLLOW_2); 
             after(grammarAccess.getSequenceAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__3__Impl"


    // $ANTLR start "rule__Sequence__Group__4"
    // InternalShots.g:2261:1: rule__Sequence__Group__4 : rule__Sequence__Group__4__Impl rule__Sequence__Group__5 ;
    public final void rule__Sequence__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2265:1: ( rule__Sequence__Group__4__Impl rule__Sequence__Group__5 )
            // InternalShots.g:2266:2: rule__Sequence__Group__4__Impl rule__Sequence__Group__5
            {
            pushFollow(FOLLOW_22);
            rule__Sequence__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sequence__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__4"


    // $ANTLR start "rule__Sequence__Group__4__Impl"
    // InternalShots.g:2273:1: rule__Sequence__Group__4__Impl : ( ( rule__Sequence__ShotsAssignment_4 )* ) ;
    public final void rule__Sequence__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2277:1: ( ( ( rule__Sequence__ShotsAssignment_4 )* ) )
            // InternalShots.g:2278:1: ( ( rule__Sequence__ShotsAssignment_4 )* )
            {
            // InternalShots.g:2278:1: ( ( rule__Sequence__ShotsAssignment_4 )* )
            // InternalShots.g:2279:2: ( rule__Sequence__ShotsAssignment_4 )*
            {
             before(grammarAccess.getSequenceAccess().getShotsAssignment_4()); 
            // InternalShots.g:2280:2: ( rule__Sequence__ShotsAssignment_4 )*
            loop14:
            do {
                int alt14=2;
                int LA14_0 = input.LA(1);

                if ( (LA14_0==44) ) {
                    alt14=1;
                }


                switch (alt14) {
            	case 1 :
            	    // InternalShots.g:2280:3: rule__Sequence__ShotsAssignment_4
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Sequence__ShotsAssignment_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop14;
                }
            } while (true);

             after(grammarAccess.getSequenceAccess().getShotsAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__4__Impl"


    // $ANTLR start "rule__Sequence__Group__5"
    // InternalShots.g:2288:1: rule__Sequence__Group__5 : rule__Sequence__Group__5__Impl rule__Sequence__Group__6 ;
    public final void rule__Sequence__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2292:1: ( rule__Sequence__Group__5__Impl rule__Sequence__Group__6 )
            // InternalShots.g:2293:2: rule__Sequence__Group__5__Impl rule__Sequence__Group__6
            {
            pushFollow(FOLLOW_22);
            rule__Sequence__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sequence__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__5"


    // $ANTLR start "rule__Sequence__Group__5__Impl"
    // InternalShots.g:2300:1: rule__Sequence__Group__5__Impl : ( ( rule__Sequence__TransitionAssignment_5 )? ) ;
    public final void rule__Sequence__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2304:1: ( ( ( rule__Sequence__TransitionAssignment_5 )? ) )
            // InternalShots.g:2305:1: ( ( rule__Sequence__TransitionAssignment_5 )? )
            {
            // InternalShots.g:2305:1: ( ( rule__Sequence__TransitionAssignment_5 )? )
            // InternalShots.g:2306:2: ( rule__Sequence__TransitionAssignment_5 )?
            {
             before(grammarAccess.getSequenceAccess().getTransitionAssignment_5()); 
            // InternalShots.g:2307:2: ( rule__Sequence__TransitionAssignment_5 )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==43) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalShots.g:2307:3: rule__Sequence__TransitionAssignment_5
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sequence__TransitionAssignment_5();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSequenceAccess().getTransitionAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__5__Impl"


    // $ANTLR start "rule__Sequence__Group__6"
    // InternalShots.g:2315:1: rule__Sequence__Group__6 : rule__Sequence__Group__6__Impl ;
    public final void rule__Sequence__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2319:1: ( rule__Sequence__Group__6__Impl )
            // InternalShots.g:2320:2: rule__Sequence__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sequence__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__6"


    // $ANTLR start "rule__Sequence__Group__6__Impl"
    // InternalShots.g:2326:1: rule__Sequence__Group__6__Impl : ( '}' ) ;
    public final void rule__Sequence__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2330:1: ( ( '}' ) )
            // InternalShots.g:2331:1: ( '}' )
            {
            // InternalShots.g:2331:1: ( '}' )
            // InternalShots.g:2332:2: '}'
            {
             before(grammarAccess.getSequenceAccess().getRightCurlyBracketKeyword_6()); 
            match(input,23,FOLLOW_2); 
             after(grammarAccess.getSequenceAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group__6__Impl"


    // $ANTLR start "rule__Sequence__Group_2__0"
    // InternalShots.g:2342:1: rule__Sequence__Group_2__0 : rule__Sequence__Group_2__0__Impl rule__Sequence__Group_2__1 ;
    public final void rule__Sequence__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2346:1: ( rule__Sequence__Group_2__0__Impl rule__Sequence__Group_2__1 )
            // InternalShots.g:2347:2: rule__Sequence__Group_2__0__Impl rule__Sequence__Group_2__1
            {
            pushFollow(FOLLOW_24);
            rule__Sequence__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sequence__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group_2__0"


    // $ANTLR start "rule__Sequence__Group_2__0__Impl"
    // InternalShots.g:2354:1: rule__Sequence__Group_2__0__Impl : ( 'at' ) ;
    public final void rule__Sequence__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2358:1: ( ( 'at' ) )
            // InternalShots.g:2359:1: ( 'at' )
            {
            // InternalShots.g:2359:1: ( 'at' )
            // InternalShots.g:2360:2: 'at'
            {
             before(grammarAccess.getSequenceAccess().getAtKeyword_2_0()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getSequenceAccess().getAtKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group_2__0__Impl"


    // $ANTLR start "rule__Sequence__Group_2__1"
    // InternalShots.g:2369:1: rule__Sequence__Group_2__1 : rule__Sequence__Group_2__1__Impl ;
    public final void rule__Sequence__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2373:1: ( rule__Sequence__Group_2__1__Impl )
            // InternalShots.g:2374:2: rule__Sequence__Group_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sequence__Group_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group_2__1"


    // $ANTLR start "rule__Sequence__Group_2__1__Impl"
    // InternalShots.g:2380:1: rule__Sequence__Group_2__1__Impl : ( ( rule__Sequence__PositionAssignment_2_1 ) ) ;
    public final void rule__Sequence__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2384:1: ( ( ( rule__Sequence__PositionAssignment_2_1 ) ) )
            // InternalShots.g:2385:1: ( ( rule__Sequence__PositionAssignment_2_1 ) )
            {
            // InternalShots.g:2385:1: ( ( rule__Sequence__PositionAssignment_2_1 ) )
            // InternalShots.g:2386:2: ( rule__Sequence__PositionAssignment_2_1 )
            {
             before(grammarAccess.getSequenceAccess().getPositionAssignment_2_1()); 
            // InternalShots.g:2387:2: ( rule__Sequence__PositionAssignment_2_1 )
            // InternalShots.g:2387:3: rule__Sequence__PositionAssignment_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Sequence__PositionAssignment_2_1();

            state._fsp--;


            }

             after(grammarAccess.getSequenceAccess().getPositionAssignment_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__Group_2__1__Impl"


    // $ANTLR start "rule__BarPosition__Group__0"
    // InternalShots.g:2396:1: rule__BarPosition__Group__0 : rule__BarPosition__Group__0__Impl rule__BarPosition__Group__1 ;
    public final void rule__BarPosition__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2400:1: ( rule__BarPosition__Group__0__Impl rule__BarPosition__Group__1 )
            // InternalShots.g:2401:2: rule__BarPosition__Group__0__Impl rule__BarPosition__Group__1
            {
            pushFollow(FOLLOW_9);
            rule__BarPosition__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BarPosition__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group__0"


    // $ANTLR start "rule__BarPosition__Group__0__Impl"
    // InternalShots.g:2408:1: rule__BarPosition__Group__0__Impl : ( 'bar' ) ;
    public final void rule__BarPosition__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2412:1: ( ( 'bar' ) )
            // InternalShots.g:2413:1: ( 'bar' )
            {
            // InternalShots.g:2413:1: ( 'bar' )
            // InternalShots.g:2414:2: 'bar'
            {
             before(grammarAccess.getBarPositionAccess().getBarKeyword_0()); 
            match(input,30,FOLLOW_2); 
             after(grammarAccess.getBarPositionAccess().getBarKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group__0__Impl"


    // $ANTLR start "rule__BarPosition__Group__1"
    // InternalShots.g:2423:1: rule__BarPosition__Group__1 : rule__BarPosition__Group__1__Impl rule__BarPosition__Group__2 ;
    public final void rule__BarPosition__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2427:1: ( rule__BarPosition__Group__1__Impl rule__BarPosition__Group__2 )
            // InternalShots.g:2428:2: rule__BarPosition__Group__1__Impl rule__BarPosition__Group__2
            {
            pushFollow(FOLLOW_25);
            rule__BarPosition__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BarPosition__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group__1"


    // $ANTLR start "rule__BarPosition__Group__1__Impl"
    // InternalShots.g:2435:1: rule__BarPosition__Group__1__Impl : ( ( rule__BarPosition__BarAssignment_1 ) ) ;
    public final void rule__BarPosition__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2439:1: ( ( ( rule__BarPosition__BarAssignment_1 ) ) )
            // InternalShots.g:2440:1: ( ( rule__BarPosition__BarAssignment_1 ) )
            {
            // InternalShots.g:2440:1: ( ( rule__BarPosition__BarAssignment_1 ) )
            // InternalShots.g:2441:2: ( rule__BarPosition__BarAssignment_1 )
            {
             before(grammarAccess.getBarPositionAccess().getBarAssignment_1()); 
            // InternalShots.g:2442:2: ( rule__BarPosition__BarAssignment_1 )
            // InternalShots.g:2442:3: rule__BarPosition__BarAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__BarPosition__BarAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBarPositionAccess().getBarAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group__1__Impl"


    // $ANTLR start "rule__BarPosition__Group__2"
    // InternalShots.g:2450:1: rule__BarPosition__Group__2 : rule__BarPosition__Group__2__Impl ;
    public final void rule__BarPosition__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2454:1: ( rule__BarPosition__Group__2__Impl )
            // InternalShots.g:2455:2: rule__BarPosition__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__BarPosition__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group__2"


    // $ANTLR start "rule__BarPosition__Group__2__Impl"
    // InternalShots.g:2461:1: rule__BarPosition__Group__2__Impl : ( ( rule__BarPosition__Group_2__0 )? ) ;
    public final void rule__BarPosition__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2465:1: ( ( ( rule__BarPosition__Group_2__0 )? ) )
            // InternalShots.g:2466:1: ( ( rule__BarPosition__Group_2__0 )? )
            {
            // InternalShots.g:2466:1: ( ( rule__BarPosition__Group_2__0 )? )
            // InternalShots.g:2467:2: ( rule__BarPosition__Group_2__0 )?
            {
             before(grammarAccess.getBarPositionAccess().getGroup_2()); 
            // InternalShots.g:2468:2: ( rule__BarPosition__Group_2__0 )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==42) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalShots.g:2468:3: rule__BarPosition__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__BarPosition__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBarPositionAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group__2__Impl"


    // $ANTLR start "rule__BarPosition__Group_2__0"
    // InternalShots.g:2477:1: rule__BarPosition__Group_2__0 : rule__BarPosition__Group_2__0__Impl rule__BarPosition__Group_2__1 ;
    public final void rule__BarPosition__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2481:1: ( rule__BarPosition__Group_2__0__Impl rule__BarPosition__Group_2__1 )
            // InternalShots.g:2482:2: rule__BarPosition__Group_2__0__Impl rule__BarPosition__Group_2__1
            {
            pushFollow(FOLLOW_9);
            rule__BarPosition__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BarPosition__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group_2__0"


    // $ANTLR start "rule__BarPosition__Group_2__0__Impl"
    // InternalShots.g:2489:1: rule__BarPosition__Group_2__0__Impl : ( '.' ) ;
    public final void rule__BarPosition__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2493:1: ( ( '.' ) )
            // InternalShots.g:2494:1: ( '.' )
            {
            // InternalShots.g:2494:1: ( '.' )
            // InternalShots.g:2495:2: '.'
            {
             before(grammarAccess.getBarPositionAccess().getFullStopKeyword_2_0()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getBarPositionAccess().getFullStopKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group_2__0__Impl"


    // $ANTLR start "rule__BarPosition__Group_2__1"
    // InternalShots.g:2504:1: rule__BarPosition__Group_2__1 : rule__BarPosition__Group_2__1__Impl ;
    public final void rule__BarPosition__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2508:1: ( rule__BarPosition__Group_2__1__Impl )
            // InternalShots.g:2509:2: rule__BarPosition__Group_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__BarPosition__Group_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group_2__1"


    // $ANTLR start "rule__BarPosition__Group_2__1__Impl"
    // InternalShots.g:2515:1: rule__BarPosition__Group_2__1__Impl : ( ( rule__BarPosition__BeatAssignment_2_1 ) ) ;
    public final void rule__BarPosition__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2519:1: ( ( ( rule__BarPosition__BeatAssignment_2_1 ) ) )
            // InternalShots.g:2520:1: ( ( rule__BarPosition__BeatAssignment_2_1 ) )
            {
            // InternalShots.g:2520:1: ( ( rule__BarPosition__BeatAssignment_2_1 ) )
            // InternalShots.g:2521:2: ( rule__BarPosition__BeatAssignment_2_1 )
            {
             before(grammarAccess.getBarPositionAccess().getBeatAssignment_2_1()); 
            // InternalShots.g:2522:2: ( rule__BarPosition__BeatAssignment_2_1 )
            // InternalShots.g:2522:3: rule__BarPosition__BeatAssignment_2_1
            {
            pushFollow(FOLLOW_2);
            rule__BarPosition__BeatAssignment_2_1();

            state._fsp--;


            }

             after(grammarAccess.getBarPositionAccess().getBeatAssignment_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__Group_2__1__Impl"


    // $ANTLR start "rule__Transition__Group__0"
    // InternalShots.g:2531:1: rule__Transition__Group__0 : rule__Transition__Group__0__Impl rule__Transition__Group__1 ;
    public final void rule__Transition__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2535:1: ( rule__Transition__Group__0__Impl rule__Transition__Group__1 )
            // InternalShots.g:2536:2: rule__Transition__Group__0__Impl rule__Transition__Group__1
            {
            pushFollow(FOLLOW_26);
            rule__Transition__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__0"


    // $ANTLR start "rule__Transition__Group__0__Impl"
    // InternalShots.g:2543:1: rule__Transition__Group__0__Impl : ( 'transition' ) ;
    public final void rule__Transition__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2547:1: ( ( 'transition' ) )
            // InternalShots.g:2548:1: ( 'transition' )
            {
            // InternalShots.g:2548:1: ( 'transition' )
            // InternalShots.g:2549:2: 'transition'
            {
             before(grammarAccess.getTransitionAccess().getTransitionKeyword_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getTransitionAccess().getTransitionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__0__Impl"


    // $ANTLR start "rule__Transition__Group__1"
    // InternalShots.g:2558:1: rule__Transition__Group__1 : rule__Transition__Group__1__Impl rule__Transition__Group__2 ;
    public final void rule__Transition__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2562:1: ( rule__Transition__Group__1__Impl rule__Transition__Group__2 )
            // InternalShots.g:2563:2: rule__Transition__Group__1__Impl rule__Transition__Group__2
            {
            pushFollow(FOLLOW_27);
            rule__Transition__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__1"


    // $ANTLR start "rule__Transition__Group__1__Impl"
    // InternalShots.g:2570:1: rule__Transition__Group__1__Impl : ( ( rule__Transition__KindAssignment_1 ) ) ;
    public final void rule__Transition__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2574:1: ( ( ( rule__Transition__KindAssignment_1 ) ) )
            // InternalShots.g:2575:1: ( ( rule__Transition__KindAssignment_1 ) )
            {
            // InternalShots.g:2575:1: ( ( rule__Transition__KindAssignment_1 ) )
            // InternalShots.g:2576:2: ( rule__Transition__KindAssignment_1 )
            {
             before(grammarAccess.getTransitionAccess().getKindAssignment_1()); 
            // InternalShots.g:2577:2: ( rule__Transition__KindAssignment_1 )
            // InternalShots.g:2577:3: rule__Transition__KindAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Transition__KindAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTransitionAccess().getKindAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__1__Impl"


    // $ANTLR start "rule__Transition__Group__2"
    // InternalShots.g:2585:1: rule__Transition__Group__2 : rule__Transition__Group__2__Impl ;
    public final void rule__Transition__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2589:1: ( rule__Transition__Group__2__Impl )
            // InternalShots.g:2590:2: rule__Transition__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Transition__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__2"


    // $ANTLR start "rule__Transition__Group__2__Impl"
    // InternalShots.g:2596:1: rule__Transition__Group__2__Impl : ( ( rule__Transition__DurationAssignment_2 )? ) ;
    public final void rule__Transition__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2600:1: ( ( ( rule__Transition__DurationAssignment_2 )? ) )
            // InternalShots.g:2601:1: ( ( rule__Transition__DurationAssignment_2 )? )
            {
            // InternalShots.g:2601:1: ( ( rule__Transition__DurationAssignment_2 )? )
            // InternalShots.g:2602:2: ( rule__Transition__DurationAssignment_2 )?
            {
             before(grammarAccess.getTransitionAccess().getDurationAssignment_2()); 
            // InternalShots.g:2603:2: ( rule__Transition__DurationAssignment_2 )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( ((LA17_0>=RULE_INT && LA17_0<=RULE_WHOLE_SECONDS)) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalShots.g:2603:3: rule__Transition__DurationAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Transition__DurationAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTransitionAccess().getDurationAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__2__Impl"


    // $ANTLR start "rule__Shot__Group__0"
    // InternalShots.g:2612:1: rule__Shot__Group__0 : rule__Shot__Group__0__Impl rule__Shot__Group__1 ;
    public final void rule__Shot__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2616:1: ( rule__Shot__Group__0__Impl rule__Shot__Group__1 )
            // InternalShots.g:2617:2: rule__Shot__Group__0__Impl rule__Shot__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__Shot__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__0"


    // $ANTLR start "rule__Shot__Group__0__Impl"
    // InternalShots.g:2624:1: rule__Shot__Group__0__Impl : ( 'shot' ) ;
    public final void rule__Shot__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2628:1: ( ( 'shot' ) )
            // InternalShots.g:2629:1: ( 'shot' )
            {
            // InternalShots.g:2629:1: ( 'shot' )
            // InternalShots.g:2630:2: 'shot'
            {
             before(grammarAccess.getShotAccess().getShotKeyword_0()); 
            match(input,44,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getShotKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__0__Impl"


    // $ANTLR start "rule__Shot__Group__1"
    // InternalShots.g:2639:1: rule__Shot__Group__1 : rule__Shot__Group__1__Impl rule__Shot__Group__2 ;
    public final void rule__Shot__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2643:1: ( rule__Shot__Group__1__Impl rule__Shot__Group__2 )
            // InternalShots.g:2644:2: rule__Shot__Group__1__Impl rule__Shot__Group__2
            {
            pushFollow(FOLLOW_27);
            rule__Shot__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__1"


    // $ANTLR start "rule__Shot__Group__1__Impl"
    // InternalShots.g:2651:1: rule__Shot__Group__1__Impl : ( ( rule__Shot__NameAssignment_1 ) ) ;
    public final void rule__Shot__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2655:1: ( ( ( rule__Shot__NameAssignment_1 ) ) )
            // InternalShots.g:2656:1: ( ( rule__Shot__NameAssignment_1 ) )
            {
            // InternalShots.g:2656:1: ( ( rule__Shot__NameAssignment_1 ) )
            // InternalShots.g:2657:2: ( rule__Shot__NameAssignment_1 )
            {
             before(grammarAccess.getShotAccess().getNameAssignment_1()); 
            // InternalShots.g:2658:2: ( rule__Shot__NameAssignment_1 )
            // InternalShots.g:2658:3: rule__Shot__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Shot__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__1__Impl"


    // $ANTLR start "rule__Shot__Group__2"
    // InternalShots.g:2666:1: rule__Shot__Group__2 : rule__Shot__Group__2__Impl rule__Shot__Group__3 ;
    public final void rule__Shot__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2670:1: ( rule__Shot__Group__2__Impl rule__Shot__Group__3 )
            // InternalShots.g:2671:2: rule__Shot__Group__2__Impl rule__Shot__Group__3
            {
            pushFollow(FOLLOW_28);
            rule__Shot__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__2"


    // $ANTLR start "rule__Shot__Group__2__Impl"
    // InternalShots.g:2678:1: rule__Shot__Group__2__Impl : ( ( rule__Shot__DurationAssignment_2 ) ) ;
    public final void rule__Shot__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2682:1: ( ( ( rule__Shot__DurationAssignment_2 ) ) )
            // InternalShots.g:2683:1: ( ( rule__Shot__DurationAssignment_2 ) )
            {
            // InternalShots.g:2683:1: ( ( rule__Shot__DurationAssignment_2 ) )
            // InternalShots.g:2684:2: ( rule__Shot__DurationAssignment_2 )
            {
             before(grammarAccess.getShotAccess().getDurationAssignment_2()); 
            // InternalShots.g:2685:2: ( rule__Shot__DurationAssignment_2 )
            // InternalShots.g:2685:3: rule__Shot__DurationAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Shot__DurationAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getDurationAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__2__Impl"


    // $ANTLR start "rule__Shot__Group__3"
    // InternalShots.g:2693:1: rule__Shot__Group__3 : rule__Shot__Group__3__Impl rule__Shot__Group__4 ;
    public final void rule__Shot__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2697:1: ( rule__Shot__Group__3__Impl rule__Shot__Group__4 )
            // InternalShots.g:2698:2: rule__Shot__Group__3__Impl rule__Shot__Group__4
            {
            pushFollow(FOLLOW_6);
            rule__Shot__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__3"


    // $ANTLR start "rule__Shot__Group__3__Impl"
    // InternalShots.g:2705:1: rule__Shot__Group__3__Impl : ( ( rule__Shot__UnorderedGroup_3 ) ) ;
    public final void rule__Shot__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2709:1: ( ( ( rule__Shot__UnorderedGroup_3 ) ) )
            // InternalShots.g:2710:1: ( ( rule__Shot__UnorderedGroup_3 ) )
            {
            // InternalShots.g:2710:1: ( ( rule__Shot__UnorderedGroup_3 ) )
            // InternalShots.g:2711:2: ( rule__Shot__UnorderedGroup_3 )
            {
             before(grammarAccess.getShotAccess().getUnorderedGroup_3()); 
            // InternalShots.g:2712:2: ( rule__Shot__UnorderedGroup_3 )
            // InternalShots.g:2712:3: rule__Shot__UnorderedGroup_3
            {
            pushFollow(FOLLOW_2);
            rule__Shot__UnorderedGroup_3();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getUnorderedGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__3__Impl"


    // $ANTLR start "rule__Shot__Group__4"
    // InternalShots.g:2720:1: rule__Shot__Group__4 : rule__Shot__Group__4__Impl rule__Shot__Group__5 ;
    public final void rule__Shot__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2724:1: ( rule__Shot__Group__4__Impl rule__Shot__Group__5 )
            // InternalShots.g:2725:2: rule__Shot__Group__4__Impl rule__Shot__Group__5
            {
            pushFollow(FOLLOW_29);
            rule__Shot__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__4"


    // $ANTLR start "rule__Shot__Group__4__Impl"
    // InternalShots.g:2732:1: rule__Shot__Group__4__Impl : ( '{' ) ;
    public final void rule__Shot__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2736:1: ( ( '{' ) )
            // InternalShots.g:2737:1: ( '{' )
            {
            // InternalShots.g:2737:1: ( '{' )
            // InternalShots.g:2738:2: '{'
            {
             before(grammarAccess.getShotAccess().getLeftCurlyBracketKeyword_4()); 
            match(input,22,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getLeftCurlyBracketKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__4__Impl"


    // $ANTLR start "rule__Shot__Group__5"
    // InternalShots.g:2747:1: rule__Shot__Group__5 : rule__Shot__Group__5__Impl rule__Shot__Group__6 ;
    public final void rule__Shot__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2751:1: ( rule__Shot__Group__5__Impl rule__Shot__Group__6 )
            // InternalShots.g:2752:2: rule__Shot__Group__5__Impl rule__Shot__Group__6
            {
            pushFollow(FOLLOW_30);
            rule__Shot__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__5"


    // $ANTLR start "rule__Shot__Group__5__Impl"
    // InternalShots.g:2759:1: rule__Shot__Group__5__Impl : ( ( rule__Shot__UnorderedGroup_5 ) ) ;
    public final void rule__Shot__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2763:1: ( ( ( rule__Shot__UnorderedGroup_5 ) ) )
            // InternalShots.g:2764:1: ( ( rule__Shot__UnorderedGroup_5 ) )
            {
            // InternalShots.g:2764:1: ( ( rule__Shot__UnorderedGroup_5 ) )
            // InternalShots.g:2765:2: ( rule__Shot__UnorderedGroup_5 )
            {
             before(grammarAccess.getShotAccess().getUnorderedGroup_5()); 
            // InternalShots.g:2766:2: ( rule__Shot__UnorderedGroup_5 )
            // InternalShots.g:2766:3: rule__Shot__UnorderedGroup_5
            {
            pushFollow(FOLLOW_2);
            rule__Shot__UnorderedGroup_5();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getUnorderedGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__5__Impl"


    // $ANTLR start "rule__Shot__Group__6"
    // InternalShots.g:2774:1: rule__Shot__Group__6 : rule__Shot__Group__6__Impl rule__Shot__Group__7 ;
    public final void rule__Shot__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2778:1: ( rule__Shot__Group__6__Impl rule__Shot__Group__7 )
            // InternalShots.g:2779:2: rule__Shot__Group__6__Impl rule__Shot__Group__7
            {
            pushFollow(FOLLOW_30);
            rule__Shot__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__6"


    // $ANTLR start "rule__Shot__Group__6__Impl"
    // InternalShots.g:2786:1: rule__Shot__Group__6__Impl : ( ( rule__Shot__BeatsAssignment_6 )* ) ;
    public final void rule__Shot__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2790:1: ( ( ( rule__Shot__BeatsAssignment_6 )* ) )
            // InternalShots.g:2791:1: ( ( rule__Shot__BeatsAssignment_6 )* )
            {
            // InternalShots.g:2791:1: ( ( rule__Shot__BeatsAssignment_6 )* )
            // InternalShots.g:2792:2: ( rule__Shot__BeatsAssignment_6 )*
            {
             before(grammarAccess.getShotAccess().getBeatsAssignment_6()); 
            // InternalShots.g:2793:2: ( rule__Shot__BeatsAssignment_6 )*
            loop18:
            do {
                int alt18=2;
                int LA18_0 = input.LA(1);

                if ( ((LA18_0>=RULE_INT && LA18_0<=RULE_STRING)||LA18_0==14||(LA18_0>=18 && LA18_0<=20)||LA18_0==52) ) {
                    alt18=1;
                }


                switch (alt18) {
            	case 1 :
            	    // InternalShots.g:2793:3: rule__Shot__BeatsAssignment_6
            	    {
            	    pushFollow(FOLLOW_31);
            	    rule__Shot__BeatsAssignment_6();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop18;
                }
            } while (true);

             after(grammarAccess.getShotAccess().getBeatsAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__6__Impl"


    // $ANTLR start "rule__Shot__Group__7"
    // InternalShots.g:2801:1: rule__Shot__Group__7 : rule__Shot__Group__7__Impl ;
    public final void rule__Shot__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2805:1: ( rule__Shot__Group__7__Impl )
            // InternalShots.g:2806:2: rule__Shot__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__7"


    // $ANTLR start "rule__Shot__Group__7__Impl"
    // InternalShots.g:2812:1: rule__Shot__Group__7__Impl : ( '}' ) ;
    public final void rule__Shot__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2816:1: ( ( '}' ) )
            // InternalShots.g:2817:1: ( '}' )
            {
            // InternalShots.g:2817:1: ( '}' )
            // InternalShots.g:2818:2: '}'
            {
             before(grammarAccess.getShotAccess().getRightCurlyBracketKeyword_7()); 
            match(input,23,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getRightCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group__7__Impl"


    // $ANTLR start "rule__Shot__Group_3_0__0"
    // InternalShots.g:2828:1: rule__Shot__Group_3_0__0 : rule__Shot__Group_3_0__0__Impl rule__Shot__Group_3_0__1 ;
    public final void rule__Shot__Group_3_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2832:1: ( rule__Shot__Group_3_0__0__Impl rule__Shot__Group_3_0__1 )
            // InternalShots.g:2833:2: rule__Shot__Group_3_0__0__Impl rule__Shot__Group_3_0__1
            {
            pushFollow(FOLLOW_16);
            rule__Shot__Group_3_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_0__0"


    // $ANTLR start "rule__Shot__Group_3_0__0__Impl"
    // InternalShots.g:2840:1: rule__Shot__Group_3_0__0__Impl : ( 'style' ) ;
    public final void rule__Shot__Group_3_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2844:1: ( ( 'style' ) )
            // InternalShots.g:2845:1: ( 'style' )
            {
            // InternalShots.g:2845:1: ( 'style' )
            // InternalShots.g:2846:2: 'style'
            {
             before(grammarAccess.getShotAccess().getStyleKeyword_3_0_0()); 
            match(input,37,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getStyleKeyword_3_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_0__0__Impl"


    // $ANTLR start "rule__Shot__Group_3_0__1"
    // InternalShots.g:2855:1: rule__Shot__Group_3_0__1 : rule__Shot__Group_3_0__1__Impl ;
    public final void rule__Shot__Group_3_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2859:1: ( rule__Shot__Group_3_0__1__Impl )
            // InternalShots.g:2860:2: rule__Shot__Group_3_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_0__1"


    // $ANTLR start "rule__Shot__Group_3_0__1__Impl"
    // InternalShots.g:2866:1: rule__Shot__Group_3_0__1__Impl : ( ( rule__Shot__StyleAssignment_3_0_1 ) ) ;
    public final void rule__Shot__Group_3_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2870:1: ( ( ( rule__Shot__StyleAssignment_3_0_1 ) ) )
            // InternalShots.g:2871:1: ( ( rule__Shot__StyleAssignment_3_0_1 ) )
            {
            // InternalShots.g:2871:1: ( ( rule__Shot__StyleAssignment_3_0_1 ) )
            // InternalShots.g:2872:2: ( rule__Shot__StyleAssignment_3_0_1 )
            {
             before(grammarAccess.getShotAccess().getStyleAssignment_3_0_1()); 
            // InternalShots.g:2873:2: ( rule__Shot__StyleAssignment_3_0_1 )
            // InternalShots.g:2873:3: rule__Shot__StyleAssignment_3_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Shot__StyleAssignment_3_0_1();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getStyleAssignment_3_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_0__1__Impl"


    // $ANTLR start "rule__Shot__Group_3_1__0"
    // InternalShots.g:2882:1: rule__Shot__Group_3_1__0 : rule__Shot__Group_3_1__0__Impl rule__Shot__Group_3_1__1 ;
    public final void rule__Shot__Group_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2886:1: ( rule__Shot__Group_3_1__0__Impl rule__Shot__Group_3_1__1 )
            // InternalShots.g:2887:2: rule__Shot__Group_3_1__0__Impl rule__Shot__Group_3_1__1
            {
            pushFollow(FOLLOW_9);
            rule__Shot__Group_3_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_1__0"


    // $ANTLR start "rule__Shot__Group_3_1__0__Impl"
    // InternalShots.g:2894:1: rule__Shot__Group_3_1__0__Impl : ( 'takes' ) ;
    public final void rule__Shot__Group_3_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2898:1: ( ( 'takes' ) )
            // InternalShots.g:2899:1: ( 'takes' )
            {
            // InternalShots.g:2899:1: ( 'takes' )
            // InternalShots.g:2900:2: 'takes'
            {
             before(grammarAccess.getShotAccess().getTakesKeyword_3_1_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getTakesKeyword_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_1__0__Impl"


    // $ANTLR start "rule__Shot__Group_3_1__1"
    // InternalShots.g:2909:1: rule__Shot__Group_3_1__1 : rule__Shot__Group_3_1__1__Impl ;
    public final void rule__Shot__Group_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2913:1: ( rule__Shot__Group_3_1__1__Impl )
            // InternalShots.g:2914:2: rule__Shot__Group_3_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_1__1"


    // $ANTLR start "rule__Shot__Group_3_1__1__Impl"
    // InternalShots.g:2920:1: rule__Shot__Group_3_1__1__Impl : ( ( rule__Shot__TakesWantedAssignment_3_1_1 ) ) ;
    public final void rule__Shot__Group_3_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2924:1: ( ( ( rule__Shot__TakesWantedAssignment_3_1_1 ) ) )
            // InternalShots.g:2925:1: ( ( rule__Shot__TakesWantedAssignment_3_1_1 ) )
            {
            // InternalShots.g:2925:1: ( ( rule__Shot__TakesWantedAssignment_3_1_1 ) )
            // InternalShots.g:2926:2: ( rule__Shot__TakesWantedAssignment_3_1_1 )
            {
             before(grammarAccess.getShotAccess().getTakesWantedAssignment_3_1_1()); 
            // InternalShots.g:2927:2: ( rule__Shot__TakesWantedAssignment_3_1_1 )
            // InternalShots.g:2927:3: rule__Shot__TakesWantedAssignment_3_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Shot__TakesWantedAssignment_3_1_1();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getTakesWantedAssignment_3_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_1__1__Impl"


    // $ANTLR start "rule__Shot__Group_3_2__0"
    // InternalShots.g:2936:1: rule__Shot__Group_3_2__0 : rule__Shot__Group_3_2__0__Impl rule__Shot__Group_3_2__1 ;
    public final void rule__Shot__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2940:1: ( rule__Shot__Group_3_2__0__Impl rule__Shot__Group_3_2__1 )
            // InternalShots.g:2941:2: rule__Shot__Group_3_2__0__Impl rule__Shot__Group_3_2__1
            {
            pushFollow(FOLLOW_16);
            rule__Shot__Group_3_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_2__0"


    // $ANTLR start "rule__Shot__Group_3_2__0__Impl"
    // InternalShots.g:2948:1: rule__Shot__Group_3_2__0__Impl : ( 'backend' ) ;
    public final void rule__Shot__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2952:1: ( ( 'backend' ) )
            // InternalShots.g:2953:1: ( 'backend' )
            {
            // InternalShots.g:2953:1: ( 'backend' )
            // InternalShots.g:2954:2: 'backend'
            {
             before(grammarAccess.getShotAccess().getBackendKeyword_3_2_0()); 
            match(input,33,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getBackendKeyword_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_2__0__Impl"


    // $ANTLR start "rule__Shot__Group_3_2__1"
    // InternalShots.g:2963:1: rule__Shot__Group_3_2__1 : rule__Shot__Group_3_2__1__Impl ;
    public final void rule__Shot__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2967:1: ( rule__Shot__Group_3_2__1__Impl )
            // InternalShots.g:2968:2: rule__Shot__Group_3_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_2__1"


    // $ANTLR start "rule__Shot__Group_3_2__1__Impl"
    // InternalShots.g:2974:1: rule__Shot__Group_3_2__1__Impl : ( ( rule__Shot__BackendAssignment_3_2_1 ) ) ;
    public final void rule__Shot__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2978:1: ( ( ( rule__Shot__BackendAssignment_3_2_1 ) ) )
            // InternalShots.g:2979:1: ( ( rule__Shot__BackendAssignment_3_2_1 ) )
            {
            // InternalShots.g:2979:1: ( ( rule__Shot__BackendAssignment_3_2_1 ) )
            // InternalShots.g:2980:2: ( rule__Shot__BackendAssignment_3_2_1 )
            {
             before(grammarAccess.getShotAccess().getBackendAssignment_3_2_1()); 
            // InternalShots.g:2981:2: ( rule__Shot__BackendAssignment_3_2_1 )
            // InternalShots.g:2981:3: rule__Shot__BackendAssignment_3_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Shot__BackendAssignment_3_2_1();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getBackendAssignment_3_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_2__1__Impl"


    // $ANTLR start "rule__Shot__Group_3_3__0"
    // InternalShots.g:2990:1: rule__Shot__Group_3_3__0 : rule__Shot__Group_3_3__0__Impl rule__Shot__Group_3_3__1 ;
    public final void rule__Shot__Group_3_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:2994:1: ( rule__Shot__Group_3_3__0__Impl rule__Shot__Group_3_3__1 )
            // InternalShots.g:2995:2: rule__Shot__Group_3_3__0__Impl rule__Shot__Group_3_3__1
            {
            pushFollow(FOLLOW_9);
            rule__Shot__Group_3_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_3__0"


    // $ANTLR start "rule__Shot__Group_3_3__0__Impl"
    // InternalShots.g:3002:1: rule__Shot__Group_3_3__0__Impl : ( 'seed' ) ;
    public final void rule__Shot__Group_3_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3006:1: ( ( 'seed' ) )
            // InternalShots.g:3007:1: ( 'seed' )
            {
            // InternalShots.g:3007:1: ( 'seed' )
            // InternalShots.g:3008:2: 'seed'
            {
             before(grammarAccess.getShotAccess().getSeedKeyword_3_3_0()); 
            match(input,46,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getSeedKeyword_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_3__0__Impl"


    // $ANTLR start "rule__Shot__Group_3_3__1"
    // InternalShots.g:3017:1: rule__Shot__Group_3_3__1 : rule__Shot__Group_3_3__1__Impl ;
    public final void rule__Shot__Group_3_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3021:1: ( rule__Shot__Group_3_3__1__Impl )
            // InternalShots.g:3022:2: rule__Shot__Group_3_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_3__1"


    // $ANTLR start "rule__Shot__Group_3_3__1__Impl"
    // InternalShots.g:3028:1: rule__Shot__Group_3_3__1__Impl : ( ( rule__Shot__SeedAssignment_3_3_1 ) ) ;
    public final void rule__Shot__Group_3_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3032:1: ( ( ( rule__Shot__SeedAssignment_3_3_1 ) ) )
            // InternalShots.g:3033:1: ( ( rule__Shot__SeedAssignment_3_3_1 ) )
            {
            // InternalShots.g:3033:1: ( ( rule__Shot__SeedAssignment_3_3_1 ) )
            // InternalShots.g:3034:2: ( rule__Shot__SeedAssignment_3_3_1 )
            {
             before(grammarAccess.getShotAccess().getSeedAssignment_3_3_1()); 
            // InternalShots.g:3035:2: ( rule__Shot__SeedAssignment_3_3_1 )
            // InternalShots.g:3035:3: rule__Shot__SeedAssignment_3_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Shot__SeedAssignment_3_3_1();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getSeedAssignment_3_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_3__1__Impl"


    // $ANTLR start "rule__Shot__Group_3_4__0"
    // InternalShots.g:3044:1: rule__Shot__Group_3_4__0 : rule__Shot__Group_3_4__0__Impl rule__Shot__Group_3_4__1 ;
    public final void rule__Shot__Group_3_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3048:1: ( rule__Shot__Group_3_4__0__Impl rule__Shot__Group_3_4__1 )
            // InternalShots.g:3049:2: rule__Shot__Group_3_4__0__Impl rule__Shot__Group_3_4__1
            {
            pushFollow(FOLLOW_16);
            rule__Shot__Group_3_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_4__0"


    // $ANTLR start "rule__Shot__Group_3_4__0__Impl"
    // InternalShots.g:3056:1: rule__Shot__Group_3_4__0__Impl : ( 'continues' ) ;
    public final void rule__Shot__Group_3_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3060:1: ( ( 'continues' ) )
            // InternalShots.g:3061:1: ( 'continues' )
            {
            // InternalShots.g:3061:1: ( 'continues' )
            // InternalShots.g:3062:2: 'continues'
            {
             before(grammarAccess.getShotAccess().getContinuesKeyword_3_4_0()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getContinuesKeyword_3_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_4__0__Impl"


    // $ANTLR start "rule__Shot__Group_3_4__1"
    // InternalShots.g:3071:1: rule__Shot__Group_3_4__1 : rule__Shot__Group_3_4__1__Impl ;
    public final void rule__Shot__Group_3_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3075:1: ( rule__Shot__Group_3_4__1__Impl )
            // InternalShots.g:3076:2: rule__Shot__Group_3_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group_3_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_4__1"


    // $ANTLR start "rule__Shot__Group_3_4__1__Impl"
    // InternalShots.g:3082:1: rule__Shot__Group_3_4__1__Impl : ( ( rule__Shot__ContinuesAssignment_3_4_1 ) ) ;
    public final void rule__Shot__Group_3_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3086:1: ( ( ( rule__Shot__ContinuesAssignment_3_4_1 ) ) )
            // InternalShots.g:3087:1: ( ( rule__Shot__ContinuesAssignment_3_4_1 ) )
            {
            // InternalShots.g:3087:1: ( ( rule__Shot__ContinuesAssignment_3_4_1 ) )
            // InternalShots.g:3088:2: ( rule__Shot__ContinuesAssignment_3_4_1 )
            {
             before(grammarAccess.getShotAccess().getContinuesAssignment_3_4_1()); 
            // InternalShots.g:3089:2: ( rule__Shot__ContinuesAssignment_3_4_1 )
            // InternalShots.g:3089:3: rule__Shot__ContinuesAssignment_3_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Shot__ContinuesAssignment_3_4_1();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getContinuesAssignment_3_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_3_4__1__Impl"


    // $ANTLR start "rule__Shot__Group_5_1__0"
    // InternalShots.g:3098:1: rule__Shot__Group_5_1__0 : rule__Shot__Group_5_1__0__Impl rule__Shot__Group_5_1__1 ;
    public final void rule__Shot__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3102:1: ( rule__Shot__Group_5_1__0__Impl rule__Shot__Group_5_1__1 )
            // InternalShots.g:3103:2: rule__Shot__Group_5_1__0__Impl rule__Shot__Group_5_1__1
            {
            pushFollow(FOLLOW_32);
            rule__Shot__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_5_1__0"


    // $ANTLR start "rule__Shot__Group_5_1__0__Impl"
    // InternalShots.g:3110:1: rule__Shot__Group_5_1__0__Impl : ( 'from' ) ;
    public final void rule__Shot__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3114:1: ( ( 'from' ) )
            // InternalShots.g:3115:1: ( 'from' )
            {
            // InternalShots.g:3115:1: ( 'from' )
            // InternalShots.g:3116:2: 'from'
            {
             before(grammarAccess.getShotAccess().getFromKeyword_5_1_0()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getFromKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_5_1__0__Impl"


    // $ANTLR start "rule__Shot__Group_5_1__1"
    // InternalShots.g:3125:1: rule__Shot__Group_5_1__1 : rule__Shot__Group_5_1__1__Impl rule__Shot__Group_5_1__2 ;
    public final void rule__Shot__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3129:1: ( rule__Shot__Group_5_1__1__Impl rule__Shot__Group_5_1__2 )
            // InternalShots.g:3130:2: rule__Shot__Group_5_1__1__Impl rule__Shot__Group_5_1__2
            {
            pushFollow(FOLLOW_5);
            rule__Shot__Group_5_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Shot__Group_5_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_5_1__1"


    // $ANTLR start "rule__Shot__Group_5_1__1__Impl"
    // InternalShots.g:3137:1: rule__Shot__Group_5_1__1__Impl : ( 'image' ) ;
    public final void rule__Shot__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3141:1: ( ( 'image' ) )
            // InternalShots.g:3142:1: ( 'image' )
            {
            // InternalShots.g:3142:1: ( 'image' )
            // InternalShots.g:3143:2: 'image'
            {
             before(grammarAccess.getShotAccess().getImageKeyword_5_1_1()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getImageKeyword_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_5_1__1__Impl"


    // $ANTLR start "rule__Shot__Group_5_1__2"
    // InternalShots.g:3152:1: rule__Shot__Group_5_1__2 : rule__Shot__Group_5_1__2__Impl ;
    public final void rule__Shot__Group_5_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3156:1: ( rule__Shot__Group_5_1__2__Impl )
            // InternalShots.g:3157:2: rule__Shot__Group_5_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__Group_5_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_5_1__2"


    // $ANTLR start "rule__Shot__Group_5_1__2__Impl"
    // InternalShots.g:3163:1: rule__Shot__Group_5_1__2__Impl : ( ( rule__Shot__ImageInputAssignment_5_1_2 ) ) ;
    public final void rule__Shot__Group_5_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3167:1: ( ( ( rule__Shot__ImageInputAssignment_5_1_2 ) ) )
            // InternalShots.g:3168:1: ( ( rule__Shot__ImageInputAssignment_5_1_2 ) )
            {
            // InternalShots.g:3168:1: ( ( rule__Shot__ImageInputAssignment_5_1_2 ) )
            // InternalShots.g:3169:2: ( rule__Shot__ImageInputAssignment_5_1_2 )
            {
             before(grammarAccess.getShotAccess().getImageInputAssignment_5_1_2()); 
            // InternalShots.g:3170:2: ( rule__Shot__ImageInputAssignment_5_1_2 )
            // InternalShots.g:3170:3: rule__Shot__ImageInputAssignment_5_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Shot__ImageInputAssignment_5_1_2();

            state._fsp--;


            }

             after(grammarAccess.getShotAccess().getImageInputAssignment_5_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__Group_5_1__2__Impl"


    // $ANTLR start "rule__Beat__Group__0"
    // InternalShots.g:3179:1: rule__Beat__Group__0 : rule__Beat__Group__0__Impl rule__Beat__Group__1 ;
    public final void rule__Beat__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3183:1: ( rule__Beat__Group__0__Impl rule__Beat__Group__1 )
            // InternalShots.g:3184:2: rule__Beat__Group__0__Impl rule__Beat__Group__1
            {
            pushFollow(FOLLOW_33);
            rule__Beat__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group__0"


    // $ANTLR start "rule__Beat__Group__0__Impl"
    // InternalShots.g:3191:1: rule__Beat__Group__0__Impl : ( ( rule__Beat__TimeAssignment_0 )? ) ;
    public final void rule__Beat__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3195:1: ( ( ( rule__Beat__TimeAssignment_0 )? ) )
            // InternalShots.g:3196:1: ( ( rule__Beat__TimeAssignment_0 )? )
            {
            // InternalShots.g:3196:1: ( ( rule__Beat__TimeAssignment_0 )? )
            // InternalShots.g:3197:2: ( rule__Beat__TimeAssignment_0 )?
            {
             before(grammarAccess.getBeatAccess().getTimeAssignment_0()); 
            // InternalShots.g:3198:2: ( rule__Beat__TimeAssignment_0 )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( ((LA19_0>=RULE_INT && LA19_0<=RULE_WHOLE_SECONDS)) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalShots.g:3198:3: rule__Beat__TimeAssignment_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Beat__TimeAssignment_0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBeatAccess().getTimeAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group__0__Impl"


    // $ANTLR start "rule__Beat__Group__1"
    // InternalShots.g:3206:1: rule__Beat__Group__1 : rule__Beat__Group__1__Impl rule__Beat__Group__2 ;
    public final void rule__Beat__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3210:1: ( rule__Beat__Group__1__Impl rule__Beat__Group__2 )
            // InternalShots.g:3211:2: rule__Beat__Group__1__Impl rule__Beat__Group__2
            {
            pushFollow(FOLLOW_33);
            rule__Beat__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group__1"


    // $ANTLR start "rule__Beat__Group__1__Impl"
    // InternalShots.g:3218:1: rule__Beat__Group__1__Impl : ( ( rule__Beat__Group_1__0 )? ) ;
    public final void rule__Beat__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3222:1: ( ( ( rule__Beat__Group_1__0 )? ) )
            // InternalShots.g:3223:1: ( ( rule__Beat__Group_1__0 )? )
            {
            // InternalShots.g:3223:1: ( ( rule__Beat__Group_1__0 )? )
            // InternalShots.g:3224:2: ( rule__Beat__Group_1__0 )?
            {
             before(grammarAccess.getBeatAccess().getGroup_1()); 
            // InternalShots.g:3225:2: ( rule__Beat__Group_1__0 )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==14||(LA20_0>=18 && LA20_0<=20)||LA20_0==52) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalShots.g:3225:3: rule__Beat__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Beat__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBeatAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group__1__Impl"


    // $ANTLR start "rule__Beat__Group__2"
    // InternalShots.g:3233:1: rule__Beat__Group__2 : rule__Beat__Group__2__Impl ;
    public final void rule__Beat__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3237:1: ( rule__Beat__Group__2__Impl )
            // InternalShots.g:3238:2: rule__Beat__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group__2"


    // $ANTLR start "rule__Beat__Group__2__Impl"
    // InternalShots.g:3244:1: rule__Beat__Group__2__Impl : ( ( rule__Beat__ActionAssignment_2 ) ) ;
    public final void rule__Beat__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3248:1: ( ( ( rule__Beat__ActionAssignment_2 ) ) )
            // InternalShots.g:3249:1: ( ( rule__Beat__ActionAssignment_2 ) )
            {
            // InternalShots.g:3249:1: ( ( rule__Beat__ActionAssignment_2 ) )
            // InternalShots.g:3250:2: ( rule__Beat__ActionAssignment_2 )
            {
             before(grammarAccess.getBeatAccess().getActionAssignment_2()); 
            // InternalShots.g:3251:2: ( rule__Beat__ActionAssignment_2 )
            // InternalShots.g:3251:3: rule__Beat__ActionAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Beat__ActionAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getActionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group__2__Impl"


    // $ANTLR start "rule__Beat__Group_1__0"
    // InternalShots.g:3260:1: rule__Beat__Group_1__0 : rule__Beat__Group_1__0__Impl rule__Beat__Group_1__1 ;
    public final void rule__Beat__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3264:1: ( rule__Beat__Group_1__0__Impl rule__Beat__Group_1__1 )
            // InternalShots.g:3265:2: rule__Beat__Group_1__0__Impl rule__Beat__Group_1__1
            {
            pushFollow(FOLLOW_34);
            rule__Beat__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1__0"


    // $ANTLR start "rule__Beat__Group_1__0__Impl"
    // InternalShots.g:3272:1: rule__Beat__Group_1__0__Impl : ( ( rule__Beat__Alternatives_1_0 ) ) ;
    public final void rule__Beat__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3276:1: ( ( ( rule__Beat__Alternatives_1_0 ) ) )
            // InternalShots.g:3277:1: ( ( rule__Beat__Alternatives_1_0 ) )
            {
            // InternalShots.g:3277:1: ( ( rule__Beat__Alternatives_1_0 ) )
            // InternalShots.g:3278:2: ( rule__Beat__Alternatives_1_0 )
            {
             before(grammarAccess.getBeatAccess().getAlternatives_1_0()); 
            // InternalShots.g:3279:2: ( rule__Beat__Alternatives_1_0 )
            // InternalShots.g:3279:3: rule__Beat__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1__0__Impl"


    // $ANTLR start "rule__Beat__Group_1__1"
    // InternalShots.g:3287:1: rule__Beat__Group_1__1 : rule__Beat__Group_1__1__Impl ;
    public final void rule__Beat__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3291:1: ( rule__Beat__Group_1__1__Impl )
            // InternalShots.g:3292:2: rule__Beat__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1__1"


    // $ANTLR start "rule__Beat__Group_1__1__Impl"
    // InternalShots.g:3298:1: rule__Beat__Group_1__1__Impl : ( ':' ) ;
    public final void rule__Beat__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3302:1: ( ( ':' ) )
            // InternalShots.g:3303:1: ( ':' )
            {
            // InternalShots.g:3303:1: ( ':' )
            // InternalShots.g:3304:2: ':'
            {
             before(grammarAccess.getBeatAccess().getColonKeyword_1_1()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getColonKeyword_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1__1__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0__0"
    // InternalShots.g:3314:1: rule__Beat__Group_1_0_0__0 : rule__Beat__Group_1_0_0__0__Impl rule__Beat__Group_1_0_0__1 ;
    public final void rule__Beat__Group_1_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3318:1: ( rule__Beat__Group_1_0_0__0__Impl rule__Beat__Group_1_0_0__1 )
            // InternalShots.g:3319:2: rule__Beat__Group_1_0_0__0__Impl rule__Beat__Group_1_0_0__1
            {
            pushFollow(FOLLOW_16);
            rule__Beat__Group_1_0_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0__0"


    // $ANTLR start "rule__Beat__Group_1_0_0__0__Impl"
    // InternalShots.g:3326:1: rule__Beat__Group_1_0_0__0__Impl : ( ( rule__Beat__Alternatives_1_0_0_0 ) ) ;
    public final void rule__Beat__Group_1_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3330:1: ( ( ( rule__Beat__Alternatives_1_0_0_0 ) ) )
            // InternalShots.g:3331:1: ( ( rule__Beat__Alternatives_1_0_0_0 ) )
            {
            // InternalShots.g:3331:1: ( ( rule__Beat__Alternatives_1_0_0_0 ) )
            // InternalShots.g:3332:2: ( rule__Beat__Alternatives_1_0_0_0 )
            {
             before(grammarAccess.getBeatAccess().getAlternatives_1_0_0_0()); 
            // InternalShots.g:3333:2: ( rule__Beat__Alternatives_1_0_0_0 )
            // InternalShots.g:3333:3: rule__Beat__Alternatives_1_0_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Alternatives_1_0_0_0();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getAlternatives_1_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0__0__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0__1"
    // InternalShots.g:3341:1: rule__Beat__Group_1_0_0__1 : rule__Beat__Group_1_0_0__1__Impl rule__Beat__Group_1_0_0__2 ;
    public final void rule__Beat__Group_1_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3345:1: ( rule__Beat__Group_1_0_0__1__Impl rule__Beat__Group_1_0_0__2 )
            // InternalShots.g:3346:2: rule__Beat__Group_1_0_0__1__Impl rule__Beat__Group_1_0_0__2
            {
            pushFollow(FOLLOW_35);
            rule__Beat__Group_1_0_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0__1"


    // $ANTLR start "rule__Beat__Group_1_0_0__1__Impl"
    // InternalShots.g:3353:1: rule__Beat__Group_1_0_0__1__Impl : ( ( rule__Beat__LocationAssignment_1_0_0_1 ) ) ;
    public final void rule__Beat__Group_1_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3357:1: ( ( ( rule__Beat__LocationAssignment_1_0_0_1 ) ) )
            // InternalShots.g:3358:1: ( ( rule__Beat__LocationAssignment_1_0_0_1 ) )
            {
            // InternalShots.g:3358:1: ( ( rule__Beat__LocationAssignment_1_0_0_1 ) )
            // InternalShots.g:3359:2: ( rule__Beat__LocationAssignment_1_0_0_1 )
            {
             before(grammarAccess.getBeatAccess().getLocationAssignment_1_0_0_1()); 
            // InternalShots.g:3360:2: ( rule__Beat__LocationAssignment_1_0_0_1 )
            // InternalShots.g:3360:3: rule__Beat__LocationAssignment_1_0_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Beat__LocationAssignment_1_0_0_1();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getLocationAssignment_1_0_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0__1__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0__2"
    // InternalShots.g:3368:1: rule__Beat__Group_1_0_0__2 : rule__Beat__Group_1_0_0__2__Impl ;
    public final void rule__Beat__Group_1_0_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3372:1: ( rule__Beat__Group_1_0_0__2__Impl )
            // InternalShots.g:3373:2: rule__Beat__Group_1_0_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0__2"


    // $ANTLR start "rule__Beat__Group_1_0_0__2__Impl"
    // InternalShots.g:3379:1: rule__Beat__Group_1_0_0__2__Impl : ( ( rule__Beat__Group_1_0_0_2__0 )? ) ;
    public final void rule__Beat__Group_1_0_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3383:1: ( ( ( rule__Beat__Group_1_0_0_2__0 )? ) )
            // InternalShots.g:3384:1: ( ( rule__Beat__Group_1_0_0_2__0 )? )
            {
            // InternalShots.g:3384:1: ( ( rule__Beat__Group_1_0_0_2__0 )? )
            // InternalShots.g:3385:2: ( rule__Beat__Group_1_0_0_2__0 )?
            {
             before(grammarAccess.getBeatAccess().getGroup_1_0_0_2()); 
            // InternalShots.g:3386:2: ( rule__Beat__Group_1_0_0_2__0 )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==52) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalShots.g:3386:3: rule__Beat__Group_1_0_0_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Beat__Group_1_0_0_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBeatAccess().getGroup_1_0_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0__2__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0_0_1__0"
    // InternalShots.g:3395:1: rule__Beat__Group_1_0_0_0_1__0 : rule__Beat__Group_1_0_0_0_1__0__Impl rule__Beat__Group_1_0_0_0_1__1 ;
    public final void rule__Beat__Group_1_0_0_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3399:1: ( rule__Beat__Group_1_0_0_0_1__0__Impl rule__Beat__Group_1_0_0_0_1__1 )
            // InternalShots.g:3400:2: rule__Beat__Group_1_0_0_0_1__0__Impl rule__Beat__Group_1_0_0_0_1__1
            {
            pushFollow(FOLLOW_36);
            rule__Beat__Group_1_0_0_0_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0_0_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_0_1__0"


    // $ANTLR start "rule__Beat__Group_1_0_0_0_1__0__Impl"
    // InternalShots.g:3407:1: rule__Beat__Group_1_0_0_0_1__0__Impl : ( ( rule__Beat__ApproachAssignment_1_0_0_0_1_0 ) ) ;
    public final void rule__Beat__Group_1_0_0_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3411:1: ( ( ( rule__Beat__ApproachAssignment_1_0_0_0_1_0 ) ) )
            // InternalShots.g:3412:1: ( ( rule__Beat__ApproachAssignment_1_0_0_0_1_0 ) )
            {
            // InternalShots.g:3412:1: ( ( rule__Beat__ApproachAssignment_1_0_0_0_1_0 ) )
            // InternalShots.g:3413:2: ( rule__Beat__ApproachAssignment_1_0_0_0_1_0 )
            {
             before(grammarAccess.getBeatAccess().getApproachAssignment_1_0_0_0_1_0()); 
            // InternalShots.g:3414:2: ( rule__Beat__ApproachAssignment_1_0_0_0_1_0 )
            // InternalShots.g:3414:3: rule__Beat__ApproachAssignment_1_0_0_0_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Beat__ApproachAssignment_1_0_0_0_1_0();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getApproachAssignment_1_0_0_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_0_1__0__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0_0_1__1"
    // InternalShots.g:3422:1: rule__Beat__Group_1_0_0_0_1__1 : rule__Beat__Group_1_0_0_0_1__1__Impl ;
    public final void rule__Beat__Group_1_0_0_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3426:1: ( rule__Beat__Group_1_0_0_0_1__1__Impl )
            // InternalShots.g:3427:2: rule__Beat__Group_1_0_0_0_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0_0_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_0_1__1"


    // $ANTLR start "rule__Beat__Group_1_0_0_0_1__1__Impl"
    // InternalShots.g:3433:1: rule__Beat__Group_1_0_0_0_1__1__Impl : ( 'to' ) ;
    public final void rule__Beat__Group_1_0_0_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3437:1: ( ( 'to' ) )
            // InternalShots.g:3438:1: ( 'to' )
            {
            // InternalShots.g:3438:1: ( 'to' )
            // InternalShots.g:3439:2: 'to'
            {
             before(grammarAccess.getBeatAccess().getToKeyword_1_0_0_0_1_1()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getToKeyword_1_0_0_0_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_0_1__1__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0_2__0"
    // InternalShots.g:3449:1: rule__Beat__Group_1_0_0_2__0 : rule__Beat__Group_1_0_0_2__0__Impl rule__Beat__Group_1_0_0_2__1 ;
    public final void rule__Beat__Group_1_0_0_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3453:1: ( rule__Beat__Group_1_0_0_2__0__Impl rule__Beat__Group_1_0_0_2__1 )
            // InternalShots.g:3454:2: rule__Beat__Group_1_0_0_2__0__Impl rule__Beat__Group_1_0_0_2__1
            {
            pushFollow(FOLLOW_16);
            rule__Beat__Group_1_0_0_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2__0"


    // $ANTLR start "rule__Beat__Group_1_0_0_2__0__Impl"
    // InternalShots.g:3461:1: rule__Beat__Group_1_0_0_2__0__Impl : ( 'with' ) ;
    public final void rule__Beat__Group_1_0_0_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3465:1: ( ( 'with' ) )
            // InternalShots.g:3466:1: ( 'with' )
            {
            // InternalShots.g:3466:1: ( 'with' )
            // InternalShots.g:3467:2: 'with'
            {
             before(grammarAccess.getBeatAccess().getWithKeyword_1_0_0_2_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getWithKeyword_1_0_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2__0__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0_2__1"
    // InternalShots.g:3476:1: rule__Beat__Group_1_0_0_2__1 : rule__Beat__Group_1_0_0_2__1__Impl rule__Beat__Group_1_0_0_2__2 ;
    public final void rule__Beat__Group_1_0_0_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3480:1: ( rule__Beat__Group_1_0_0_2__1__Impl rule__Beat__Group_1_0_0_2__2 )
            // InternalShots.g:3481:2: rule__Beat__Group_1_0_0_2__1__Impl rule__Beat__Group_1_0_0_2__2
            {
            pushFollow(FOLLOW_11);
            rule__Beat__Group_1_0_0_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2__1"


    // $ANTLR start "rule__Beat__Group_1_0_0_2__1__Impl"
    // InternalShots.g:3488:1: rule__Beat__Group_1_0_0_2__1__Impl : ( ( rule__Beat__CastAssignment_1_0_0_2_1 ) ) ;
    public final void rule__Beat__Group_1_0_0_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3492:1: ( ( ( rule__Beat__CastAssignment_1_0_0_2_1 ) ) )
            // InternalShots.g:3493:1: ( ( rule__Beat__CastAssignment_1_0_0_2_1 ) )
            {
            // InternalShots.g:3493:1: ( ( rule__Beat__CastAssignment_1_0_0_2_1 ) )
            // InternalShots.g:3494:2: ( rule__Beat__CastAssignment_1_0_0_2_1 )
            {
             before(grammarAccess.getBeatAccess().getCastAssignment_1_0_0_2_1()); 
            // InternalShots.g:3495:2: ( rule__Beat__CastAssignment_1_0_0_2_1 )
            // InternalShots.g:3495:3: rule__Beat__CastAssignment_1_0_0_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Beat__CastAssignment_1_0_0_2_1();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getCastAssignment_1_0_0_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2__1__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0_2__2"
    // InternalShots.g:3503:1: rule__Beat__Group_1_0_0_2__2 : rule__Beat__Group_1_0_0_2__2__Impl ;
    public final void rule__Beat__Group_1_0_0_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3507:1: ( rule__Beat__Group_1_0_0_2__2__Impl )
            // InternalShots.g:3508:2: rule__Beat__Group_1_0_0_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2__2"


    // $ANTLR start "rule__Beat__Group_1_0_0_2__2__Impl"
    // InternalShots.g:3514:1: rule__Beat__Group_1_0_0_2__2__Impl : ( ( rule__Beat__Group_1_0_0_2_2__0 )* ) ;
    public final void rule__Beat__Group_1_0_0_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3518:1: ( ( ( rule__Beat__Group_1_0_0_2_2__0 )* ) )
            // InternalShots.g:3519:1: ( ( rule__Beat__Group_1_0_0_2_2__0 )* )
            {
            // InternalShots.g:3519:1: ( ( rule__Beat__Group_1_0_0_2_2__0 )* )
            // InternalShots.g:3520:2: ( rule__Beat__Group_1_0_0_2_2__0 )*
            {
             before(grammarAccess.getBeatAccess().getGroup_1_0_0_2_2()); 
            // InternalShots.g:3521:2: ( rule__Beat__Group_1_0_0_2_2__0 )*
            loop22:
            do {
                int alt22=2;
                int LA22_0 = input.LA(1);

                if ( (LA22_0==27) ) {
                    alt22=1;
                }


                switch (alt22) {
            	case 1 :
            	    // InternalShots.g:3521:3: rule__Beat__Group_1_0_0_2_2__0
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Beat__Group_1_0_0_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop22;
                }
            } while (true);

             after(grammarAccess.getBeatAccess().getGroup_1_0_0_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2__2__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0_2_2__0"
    // InternalShots.g:3530:1: rule__Beat__Group_1_0_0_2_2__0 : rule__Beat__Group_1_0_0_2_2__0__Impl rule__Beat__Group_1_0_0_2_2__1 ;
    public final void rule__Beat__Group_1_0_0_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3534:1: ( rule__Beat__Group_1_0_0_2_2__0__Impl rule__Beat__Group_1_0_0_2_2__1 )
            // InternalShots.g:3535:2: rule__Beat__Group_1_0_0_2_2__0__Impl rule__Beat__Group_1_0_0_2_2__1
            {
            pushFollow(FOLLOW_16);
            rule__Beat__Group_1_0_0_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2_2__0"


    // $ANTLR start "rule__Beat__Group_1_0_0_2_2__0__Impl"
    // InternalShots.g:3542:1: rule__Beat__Group_1_0_0_2_2__0__Impl : ( ',' ) ;
    public final void rule__Beat__Group_1_0_0_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3546:1: ( ( ',' ) )
            // InternalShots.g:3547:1: ( ',' )
            {
            // InternalShots.g:3547:1: ( ',' )
            // InternalShots.g:3548:2: ','
            {
             before(grammarAccess.getBeatAccess().getCommaKeyword_1_0_0_2_2_0()); 
            match(input,27,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getCommaKeyword_1_0_0_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2_2__0__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_0_2_2__1"
    // InternalShots.g:3557:1: rule__Beat__Group_1_0_0_2_2__1 : rule__Beat__Group_1_0_0_2_2__1__Impl ;
    public final void rule__Beat__Group_1_0_0_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3561:1: ( rule__Beat__Group_1_0_0_2_2__1__Impl )
            // InternalShots.g:3562:2: rule__Beat__Group_1_0_0_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_0_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2_2__1"


    // $ANTLR start "rule__Beat__Group_1_0_0_2_2__1__Impl"
    // InternalShots.g:3568:1: rule__Beat__Group_1_0_0_2_2__1__Impl : ( ( rule__Beat__CastAssignment_1_0_0_2_2_1 ) ) ;
    public final void rule__Beat__Group_1_0_0_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3572:1: ( ( ( rule__Beat__CastAssignment_1_0_0_2_2_1 ) ) )
            // InternalShots.g:3573:1: ( ( rule__Beat__CastAssignment_1_0_0_2_2_1 ) )
            {
            // InternalShots.g:3573:1: ( ( rule__Beat__CastAssignment_1_0_0_2_2_1 ) )
            // InternalShots.g:3574:2: ( rule__Beat__CastAssignment_1_0_0_2_2_1 )
            {
             before(grammarAccess.getBeatAccess().getCastAssignment_1_0_0_2_2_1()); 
            // InternalShots.g:3575:2: ( rule__Beat__CastAssignment_1_0_0_2_2_1 )
            // InternalShots.g:3575:3: rule__Beat__CastAssignment_1_0_0_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Beat__CastAssignment_1_0_0_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getCastAssignment_1_0_0_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_0_2_2__1__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_1__0"
    // InternalShots.g:3584:1: rule__Beat__Group_1_0_1__0 : rule__Beat__Group_1_0_1__0__Impl rule__Beat__Group_1_0_1__1 ;
    public final void rule__Beat__Group_1_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3588:1: ( rule__Beat__Group_1_0_1__0__Impl rule__Beat__Group_1_0_1__1 )
            // InternalShots.g:3589:2: rule__Beat__Group_1_0_1__0__Impl rule__Beat__Group_1_0_1__1
            {
            pushFollow(FOLLOW_16);
            rule__Beat__Group_1_0_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1__0"


    // $ANTLR start "rule__Beat__Group_1_0_1__0__Impl"
    // InternalShots.g:3596:1: rule__Beat__Group_1_0_1__0__Impl : ( 'with' ) ;
    public final void rule__Beat__Group_1_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3600:1: ( ( 'with' ) )
            // InternalShots.g:3601:1: ( 'with' )
            {
            // InternalShots.g:3601:1: ( 'with' )
            // InternalShots.g:3602:2: 'with'
            {
             before(grammarAccess.getBeatAccess().getWithKeyword_1_0_1_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getWithKeyword_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1__0__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_1__1"
    // InternalShots.g:3611:1: rule__Beat__Group_1_0_1__1 : rule__Beat__Group_1_0_1__1__Impl rule__Beat__Group_1_0_1__2 ;
    public final void rule__Beat__Group_1_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3615:1: ( rule__Beat__Group_1_0_1__1__Impl rule__Beat__Group_1_0_1__2 )
            // InternalShots.g:3616:2: rule__Beat__Group_1_0_1__1__Impl rule__Beat__Group_1_0_1__2
            {
            pushFollow(FOLLOW_11);
            rule__Beat__Group_1_0_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1__1"


    // $ANTLR start "rule__Beat__Group_1_0_1__1__Impl"
    // InternalShots.g:3623:1: rule__Beat__Group_1_0_1__1__Impl : ( ( rule__Beat__CastAssignment_1_0_1_1 ) ) ;
    public final void rule__Beat__Group_1_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3627:1: ( ( ( rule__Beat__CastAssignment_1_0_1_1 ) ) )
            // InternalShots.g:3628:1: ( ( rule__Beat__CastAssignment_1_0_1_1 ) )
            {
            // InternalShots.g:3628:1: ( ( rule__Beat__CastAssignment_1_0_1_1 ) )
            // InternalShots.g:3629:2: ( rule__Beat__CastAssignment_1_0_1_1 )
            {
             before(grammarAccess.getBeatAccess().getCastAssignment_1_0_1_1()); 
            // InternalShots.g:3630:2: ( rule__Beat__CastAssignment_1_0_1_1 )
            // InternalShots.g:3630:3: rule__Beat__CastAssignment_1_0_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Beat__CastAssignment_1_0_1_1();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getCastAssignment_1_0_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1__1__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_1__2"
    // InternalShots.g:3638:1: rule__Beat__Group_1_0_1__2 : rule__Beat__Group_1_0_1__2__Impl ;
    public final void rule__Beat__Group_1_0_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3642:1: ( rule__Beat__Group_1_0_1__2__Impl )
            // InternalShots.g:3643:2: rule__Beat__Group_1_0_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1__2"


    // $ANTLR start "rule__Beat__Group_1_0_1__2__Impl"
    // InternalShots.g:3649:1: rule__Beat__Group_1_0_1__2__Impl : ( ( rule__Beat__Group_1_0_1_2__0 )* ) ;
    public final void rule__Beat__Group_1_0_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3653:1: ( ( ( rule__Beat__Group_1_0_1_2__0 )* ) )
            // InternalShots.g:3654:1: ( ( rule__Beat__Group_1_0_1_2__0 )* )
            {
            // InternalShots.g:3654:1: ( ( rule__Beat__Group_1_0_1_2__0 )* )
            // InternalShots.g:3655:2: ( rule__Beat__Group_1_0_1_2__0 )*
            {
             before(grammarAccess.getBeatAccess().getGroup_1_0_1_2()); 
            // InternalShots.g:3656:2: ( rule__Beat__Group_1_0_1_2__0 )*
            loop23:
            do {
                int alt23=2;
                int LA23_0 = input.LA(1);

                if ( (LA23_0==27) ) {
                    alt23=1;
                }


                switch (alt23) {
            	case 1 :
            	    // InternalShots.g:3656:3: rule__Beat__Group_1_0_1_2__0
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Beat__Group_1_0_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop23;
                }
            } while (true);

             after(grammarAccess.getBeatAccess().getGroup_1_0_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1__2__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_1_2__0"
    // InternalShots.g:3665:1: rule__Beat__Group_1_0_1_2__0 : rule__Beat__Group_1_0_1_2__0__Impl rule__Beat__Group_1_0_1_2__1 ;
    public final void rule__Beat__Group_1_0_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3669:1: ( rule__Beat__Group_1_0_1_2__0__Impl rule__Beat__Group_1_0_1_2__1 )
            // InternalShots.g:3670:2: rule__Beat__Group_1_0_1_2__0__Impl rule__Beat__Group_1_0_1_2__1
            {
            pushFollow(FOLLOW_16);
            rule__Beat__Group_1_0_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1_2__0"


    // $ANTLR start "rule__Beat__Group_1_0_1_2__0__Impl"
    // InternalShots.g:3677:1: rule__Beat__Group_1_0_1_2__0__Impl : ( ',' ) ;
    public final void rule__Beat__Group_1_0_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3681:1: ( ( ',' ) )
            // InternalShots.g:3682:1: ( ',' )
            {
            // InternalShots.g:3682:1: ( ',' )
            // InternalShots.g:3683:2: ','
            {
             before(grammarAccess.getBeatAccess().getCommaKeyword_1_0_1_2_0()); 
            match(input,27,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getCommaKeyword_1_0_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1_2__0__Impl"


    // $ANTLR start "rule__Beat__Group_1_0_1_2__1"
    // InternalShots.g:3692:1: rule__Beat__Group_1_0_1_2__1 : rule__Beat__Group_1_0_1_2__1__Impl ;
    public final void rule__Beat__Group_1_0_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3696:1: ( rule__Beat__Group_1_0_1_2__1__Impl )
            // InternalShots.g:3697:2: rule__Beat__Group_1_0_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Beat__Group_1_0_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1_2__1"


    // $ANTLR start "rule__Beat__Group_1_0_1_2__1__Impl"
    // InternalShots.g:3703:1: rule__Beat__Group_1_0_1_2__1__Impl : ( ( rule__Beat__CastAssignment_1_0_1_2_1 ) ) ;
    public final void rule__Beat__Group_1_0_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3707:1: ( ( ( rule__Beat__CastAssignment_1_0_1_2_1 ) ) )
            // InternalShots.g:3708:1: ( ( rule__Beat__CastAssignment_1_0_1_2_1 ) )
            {
            // InternalShots.g:3708:1: ( ( rule__Beat__CastAssignment_1_0_1_2_1 ) )
            // InternalShots.g:3709:2: ( rule__Beat__CastAssignment_1_0_1_2_1 )
            {
             before(grammarAccess.getBeatAccess().getCastAssignment_1_0_1_2_1()); 
            // InternalShots.g:3710:2: ( rule__Beat__CastAssignment_1_0_1_2_1 )
            // InternalShots.g:3710:3: rule__Beat__CastAssignment_1_0_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Beat__CastAssignment_1_0_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getBeatAccess().getCastAssignment_1_0_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__Group_1_0_1_2__1__Impl"


    // $ANTLR start "rule__Seconds__Group_1__0"
    // InternalShots.g:3719:1: rule__Seconds__Group_1__0 : rule__Seconds__Group_1__0__Impl rule__Seconds__Group_1__1 ;
    public final void rule__Seconds__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3723:1: ( rule__Seconds__Group_1__0__Impl rule__Seconds__Group_1__1 )
            // InternalShots.g:3724:2: rule__Seconds__Group_1__0__Impl rule__Seconds__Group_1__1
            {
            pushFollow(FOLLOW_25);
            rule__Seconds__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Seconds__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Seconds__Group_1__0"


    // $ANTLR start "rule__Seconds__Group_1__0__Impl"
    // InternalShots.g:3731:1: rule__Seconds__Group_1__0__Impl : ( RULE_INT ) ;
    public final void rule__Seconds__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3735:1: ( ( RULE_INT ) )
            // InternalShots.g:3736:1: ( RULE_INT )
            {
            // InternalShots.g:3736:1: ( RULE_INT )
            // InternalShots.g:3737:2: RULE_INT
            {
             before(grammarAccess.getSecondsAccess().getINTTerminalRuleCall_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getSecondsAccess().getINTTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Seconds__Group_1__0__Impl"


    // $ANTLR start "rule__Seconds__Group_1__1"
    // InternalShots.g:3746:1: rule__Seconds__Group_1__1 : rule__Seconds__Group_1__1__Impl rule__Seconds__Group_1__2 ;
    public final void rule__Seconds__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3750:1: ( rule__Seconds__Group_1__1__Impl rule__Seconds__Group_1__2 )
            // InternalShots.g:3751:2: rule__Seconds__Group_1__1__Impl rule__Seconds__Group_1__2
            {
            pushFollow(FOLLOW_38);
            rule__Seconds__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Seconds__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Seconds__Group_1__1"


    // $ANTLR start "rule__Seconds__Group_1__1__Impl"
    // InternalShots.g:3758:1: rule__Seconds__Group_1__1__Impl : ( '.' ) ;
    public final void rule__Seconds__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3762:1: ( ( '.' ) )
            // InternalShots.g:3763:1: ( '.' )
            {
            // InternalShots.g:3763:1: ( '.' )
            // InternalShots.g:3764:2: '.'
            {
             before(grammarAccess.getSecondsAccess().getFullStopKeyword_1_1()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getSecondsAccess().getFullStopKeyword_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Seconds__Group_1__1__Impl"


    // $ANTLR start "rule__Seconds__Group_1__2"
    // InternalShots.g:3773:1: rule__Seconds__Group_1__2 : rule__Seconds__Group_1__2__Impl ;
    public final void rule__Seconds__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3777:1: ( rule__Seconds__Group_1__2__Impl )
            // InternalShots.g:3778:2: rule__Seconds__Group_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Seconds__Group_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Seconds__Group_1__2"


    // $ANTLR start "rule__Seconds__Group_1__2__Impl"
    // InternalShots.g:3784:1: rule__Seconds__Group_1__2__Impl : ( RULE_WHOLE_SECONDS ) ;
    public final void rule__Seconds__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3788:1: ( ( RULE_WHOLE_SECONDS ) )
            // InternalShots.g:3789:1: ( RULE_WHOLE_SECONDS )
            {
            // InternalShots.g:3789:1: ( RULE_WHOLE_SECONDS )
            // InternalShots.g:3790:2: RULE_WHOLE_SECONDS
            {
             before(grammarAccess.getSecondsAccess().getWHOLE_SECONDSTerminalRuleCall_1_2()); 
            match(input,RULE_WHOLE_SECONDS,FOLLOW_2); 
             after(grammarAccess.getSecondsAccess().getWHOLE_SECONDSTerminalRuleCall_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Seconds__Group_1__2__Impl"


    // $ANTLR start "rule__Clock__Group__0"
    // InternalShots.g:3800:1: rule__Clock__Group__0 : rule__Clock__Group__0__Impl rule__Clock__Group__1 ;
    public final void rule__Clock__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3804:1: ( rule__Clock__Group__0__Impl rule__Clock__Group__1 )
            // InternalShots.g:3805:2: rule__Clock__Group__0__Impl rule__Clock__Group__1
            {
            pushFollow(FOLLOW_34);
            rule__Clock__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Clock__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__0"


    // $ANTLR start "rule__Clock__Group__0__Impl"
    // InternalShots.g:3812:1: rule__Clock__Group__0__Impl : ( RULE_INT ) ;
    public final void rule__Clock__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3816:1: ( ( RULE_INT ) )
            // InternalShots.g:3817:1: ( RULE_INT )
            {
            // InternalShots.g:3817:1: ( RULE_INT )
            // InternalShots.g:3818:2: RULE_INT
            {
             before(grammarAccess.getClockAccess().getINTTerminalRuleCall_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getClockAccess().getINTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__0__Impl"


    // $ANTLR start "rule__Clock__Group__1"
    // InternalShots.g:3827:1: rule__Clock__Group__1 : rule__Clock__Group__1__Impl rule__Clock__Group__2 ;
    public final void rule__Clock__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3831:1: ( rule__Clock__Group__1__Impl rule__Clock__Group__2 )
            // InternalShots.g:3832:2: rule__Clock__Group__1__Impl rule__Clock__Group__2
            {
            pushFollow(FOLLOW_9);
            rule__Clock__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Clock__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__1"


    // $ANTLR start "rule__Clock__Group__1__Impl"
    // InternalShots.g:3839:1: rule__Clock__Group__1__Impl : ( ':' ) ;
    public final void rule__Clock__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3843:1: ( ( ':' ) )
            // InternalShots.g:3844:1: ( ':' )
            {
            // InternalShots.g:3844:1: ( ':' )
            // InternalShots.g:3845:2: ':'
            {
             before(grammarAccess.getClockAccess().getColonKeyword_1()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getClockAccess().getColonKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__1__Impl"


    // $ANTLR start "rule__Clock__Group__2"
    // InternalShots.g:3854:1: rule__Clock__Group__2 : rule__Clock__Group__2__Impl rule__Clock__Group__3 ;
    public final void rule__Clock__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3858:1: ( rule__Clock__Group__2__Impl rule__Clock__Group__3 )
            // InternalShots.g:3859:2: rule__Clock__Group__2__Impl rule__Clock__Group__3
            {
            pushFollow(FOLLOW_25);
            rule__Clock__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Clock__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__2"


    // $ANTLR start "rule__Clock__Group__2__Impl"
    // InternalShots.g:3866:1: rule__Clock__Group__2__Impl : ( RULE_INT ) ;
    public final void rule__Clock__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3870:1: ( ( RULE_INT ) )
            // InternalShots.g:3871:1: ( RULE_INT )
            {
            // InternalShots.g:3871:1: ( RULE_INT )
            // InternalShots.g:3872:2: RULE_INT
            {
             before(grammarAccess.getClockAccess().getINTTerminalRuleCall_2()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getClockAccess().getINTTerminalRuleCall_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__2__Impl"


    // $ANTLR start "rule__Clock__Group__3"
    // InternalShots.g:3881:1: rule__Clock__Group__3 : rule__Clock__Group__3__Impl ;
    public final void rule__Clock__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3885:1: ( rule__Clock__Group__3__Impl )
            // InternalShots.g:3886:2: rule__Clock__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Clock__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__3"


    // $ANTLR start "rule__Clock__Group__3__Impl"
    // InternalShots.g:3892:1: rule__Clock__Group__3__Impl : ( ( rule__Clock__Group_3__0 )? ) ;
    public final void rule__Clock__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3896:1: ( ( ( rule__Clock__Group_3__0 )? ) )
            // InternalShots.g:3897:1: ( ( rule__Clock__Group_3__0 )? )
            {
            // InternalShots.g:3897:1: ( ( rule__Clock__Group_3__0 )? )
            // InternalShots.g:3898:2: ( rule__Clock__Group_3__0 )?
            {
             before(grammarAccess.getClockAccess().getGroup_3()); 
            // InternalShots.g:3899:2: ( rule__Clock__Group_3__0 )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==42) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalShots.g:3899:3: rule__Clock__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Clock__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getClockAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group__3__Impl"


    // $ANTLR start "rule__Clock__Group_3__0"
    // InternalShots.g:3908:1: rule__Clock__Group_3__0 : rule__Clock__Group_3__0__Impl rule__Clock__Group_3__1 ;
    public final void rule__Clock__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3912:1: ( rule__Clock__Group_3__0__Impl rule__Clock__Group_3__1 )
            // InternalShots.g:3913:2: rule__Clock__Group_3__0__Impl rule__Clock__Group_3__1
            {
            pushFollow(FOLLOW_9);
            rule__Clock__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Clock__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group_3__0"


    // $ANTLR start "rule__Clock__Group_3__0__Impl"
    // InternalShots.g:3920:1: rule__Clock__Group_3__0__Impl : ( '.' ) ;
    public final void rule__Clock__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3924:1: ( ( '.' ) )
            // InternalShots.g:3925:1: ( '.' )
            {
            // InternalShots.g:3925:1: ( '.' )
            // InternalShots.g:3926:2: '.'
            {
             before(grammarAccess.getClockAccess().getFullStopKeyword_3_0()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getClockAccess().getFullStopKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group_3__0__Impl"


    // $ANTLR start "rule__Clock__Group_3__1"
    // InternalShots.g:3935:1: rule__Clock__Group_3__1 : rule__Clock__Group_3__1__Impl ;
    public final void rule__Clock__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3939:1: ( rule__Clock__Group_3__1__Impl )
            // InternalShots.g:3940:2: rule__Clock__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Clock__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group_3__1"


    // $ANTLR start "rule__Clock__Group_3__1__Impl"
    // InternalShots.g:3946:1: rule__Clock__Group_3__1__Impl : ( RULE_INT ) ;
    public final void rule__Clock__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3950:1: ( ( RULE_INT ) )
            // InternalShots.g:3951:1: ( RULE_INT )
            {
            // InternalShots.g:3951:1: ( RULE_INT )
            // InternalShots.g:3952:2: RULE_INT
            {
             before(grammarAccess.getClockAccess().getINTTerminalRuleCall_3_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getClockAccess().getINTTerminalRuleCall_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Clock__Group_3__1__Impl"


    // $ANTLR start "rule__Decimal__Group__0"
    // InternalShots.g:3962:1: rule__Decimal__Group__0 : rule__Decimal__Group__0__Impl rule__Decimal__Group__1 ;
    public final void rule__Decimal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3966:1: ( rule__Decimal__Group__0__Impl rule__Decimal__Group__1 )
            // InternalShots.g:3967:2: rule__Decimal__Group__0__Impl rule__Decimal__Group__1
            {
            pushFollow(FOLLOW_25);
            rule__Decimal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0"


    // $ANTLR start "rule__Decimal__Group__0__Impl"
    // InternalShots.g:3974:1: rule__Decimal__Group__0__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3978:1: ( ( RULE_INT ) )
            // InternalShots.g:3979:1: ( RULE_INT )
            {
            // InternalShots.g:3979:1: ( RULE_INT )
            // InternalShots.g:3980:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0__Impl"


    // $ANTLR start "rule__Decimal__Group__1"
    // InternalShots.g:3989:1: rule__Decimal__Group__1 : rule__Decimal__Group__1__Impl ;
    public final void rule__Decimal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:3993:1: ( rule__Decimal__Group__1__Impl )
            // InternalShots.g:3994:2: rule__Decimal__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1"


    // $ANTLR start "rule__Decimal__Group__1__Impl"
    // InternalShots.g:4000:1: rule__Decimal__Group__1__Impl : ( ( rule__Decimal__Group_1__0 )? ) ;
    public final void rule__Decimal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4004:1: ( ( ( rule__Decimal__Group_1__0 )? ) )
            // InternalShots.g:4005:1: ( ( rule__Decimal__Group_1__0 )? )
            {
            // InternalShots.g:4005:1: ( ( rule__Decimal__Group_1__0 )? )
            // InternalShots.g:4006:2: ( rule__Decimal__Group_1__0 )?
            {
             before(grammarAccess.getDecimalAccess().getGroup_1()); 
            // InternalShots.g:4007:2: ( rule__Decimal__Group_1__0 )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==42) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalShots.g:4007:3: rule__Decimal__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Decimal__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDecimalAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1__Impl"


    // $ANTLR start "rule__Decimal__Group_1__0"
    // InternalShots.g:4016:1: rule__Decimal__Group_1__0 : rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 ;
    public final void rule__Decimal__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4020:1: ( rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 )
            // InternalShots.g:4021:2: rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1
            {
            pushFollow(FOLLOW_9);
            rule__Decimal__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0"


    // $ANTLR start "rule__Decimal__Group_1__0__Impl"
    // InternalShots.g:4028:1: rule__Decimal__Group_1__0__Impl : ( '.' ) ;
    public final void rule__Decimal__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4032:1: ( ( '.' ) )
            // InternalShots.g:4033:1: ( '.' )
            {
            // InternalShots.g:4033:1: ( '.' )
            // InternalShots.g:4034:2: '.'
            {
             before(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0__Impl"


    // $ANTLR start "rule__Decimal__Group_1__1"
    // InternalShots.g:4043:1: rule__Decimal__Group_1__1 : rule__Decimal__Group_1__1__Impl ;
    public final void rule__Decimal__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4047:1: ( rule__Decimal__Group_1__1__Impl )
            // InternalShots.g:4048:2: rule__Decimal__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1"


    // $ANTLR start "rule__Decimal__Group_1__1__Impl"
    // InternalShots.g:4054:1: rule__Decimal__Group_1__1__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4058:1: ( ( RULE_INT ) )
            // InternalShots.g:4059:1: ( RULE_INT )
            {
            // InternalShots.g:4059:1: ( RULE_INT )
            // InternalShots.g:4060:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1__Impl"


    // $ANTLR start "rule__Money__Group__0"
    // InternalShots.g:4070:1: rule__Money__Group__0 : rule__Money__Group__0__Impl rule__Money__Group__1 ;
    public final void rule__Money__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4074:1: ( rule__Money__Group__0__Impl rule__Money__Group__1 )
            // InternalShots.g:4075:2: rule__Money__Group__0__Impl rule__Money__Group__1
            {
            pushFollow(FOLLOW_25);
            rule__Money__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Money__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group__0"


    // $ANTLR start "rule__Money__Group__0__Impl"
    // InternalShots.g:4082:1: rule__Money__Group__0__Impl : ( RULE_INT ) ;
    public final void rule__Money__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4086:1: ( ( RULE_INT ) )
            // InternalShots.g:4087:1: ( RULE_INT )
            {
            // InternalShots.g:4087:1: ( RULE_INT )
            // InternalShots.g:4088:2: RULE_INT
            {
             before(grammarAccess.getMoneyAccess().getINTTerminalRuleCall_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getMoneyAccess().getINTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group__0__Impl"


    // $ANTLR start "rule__Money__Group__1"
    // InternalShots.g:4097:1: rule__Money__Group__1 : rule__Money__Group__1__Impl ;
    public final void rule__Money__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4101:1: ( rule__Money__Group__1__Impl )
            // InternalShots.g:4102:2: rule__Money__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Money__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group__1"


    // $ANTLR start "rule__Money__Group__1__Impl"
    // InternalShots.g:4108:1: rule__Money__Group__1__Impl : ( ( rule__Money__Group_1__0 )? ) ;
    public final void rule__Money__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4112:1: ( ( ( rule__Money__Group_1__0 )? ) )
            // InternalShots.g:4113:1: ( ( rule__Money__Group_1__0 )? )
            {
            // InternalShots.g:4113:1: ( ( rule__Money__Group_1__0 )? )
            // InternalShots.g:4114:2: ( rule__Money__Group_1__0 )?
            {
             before(grammarAccess.getMoneyAccess().getGroup_1()); 
            // InternalShots.g:4115:2: ( rule__Money__Group_1__0 )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==42) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalShots.g:4115:3: rule__Money__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Money__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMoneyAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group__1__Impl"


    // $ANTLR start "rule__Money__Group_1__0"
    // InternalShots.g:4124:1: rule__Money__Group_1__0 : rule__Money__Group_1__0__Impl rule__Money__Group_1__1 ;
    public final void rule__Money__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4128:1: ( rule__Money__Group_1__0__Impl rule__Money__Group_1__1 )
            // InternalShots.g:4129:2: rule__Money__Group_1__0__Impl rule__Money__Group_1__1
            {
            pushFollow(FOLLOW_9);
            rule__Money__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Money__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group_1__0"


    // $ANTLR start "rule__Money__Group_1__0__Impl"
    // InternalShots.g:4136:1: rule__Money__Group_1__0__Impl : ( '.' ) ;
    public final void rule__Money__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4140:1: ( ( '.' ) )
            // InternalShots.g:4141:1: ( '.' )
            {
            // InternalShots.g:4141:1: ( '.' )
            // InternalShots.g:4142:2: '.'
            {
             before(grammarAccess.getMoneyAccess().getFullStopKeyword_1_0()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getMoneyAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group_1__0__Impl"


    // $ANTLR start "rule__Money__Group_1__1"
    // InternalShots.g:4151:1: rule__Money__Group_1__1 : rule__Money__Group_1__1__Impl ;
    public final void rule__Money__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4155:1: ( rule__Money__Group_1__1__Impl )
            // InternalShots.g:4156:2: rule__Money__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Money__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group_1__1"


    // $ANTLR start "rule__Money__Group_1__1__Impl"
    // InternalShots.g:4162:1: rule__Money__Group_1__1__Impl : ( RULE_INT ) ;
    public final void rule__Money__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4166:1: ( ( RULE_INT ) )
            // InternalShots.g:4167:1: ( RULE_INT )
            {
            // InternalShots.g:4167:1: ( RULE_INT )
            // InternalShots.g:4168:2: RULE_INT
            {
             before(grammarAccess.getMoneyAccess().getINTTerminalRuleCall_1_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getMoneyAccess().getINTTerminalRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Money__Group_1__1__Impl"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3"
    // InternalShots.g:4178:1: rule__ProjectSettings__UnorderedGroup_3 : ( rule__ProjectSettings__UnorderedGroup_3__0 )? ;
    public final void rule__ProjectSettings__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
        	
        try {
            // InternalShots.g:4183:1: ( ( rule__ProjectSettings__UnorderedGroup_3__0 )? )
            // InternalShots.g:4184:2: ( rule__ProjectSettings__UnorderedGroup_3__0 )?
            {
            // InternalShots.g:4184:2: ( rule__ProjectSettings__UnorderedGroup_3__0 )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( LA27_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                alt27=1;
            }
            else if ( LA27_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                alt27=1;
            }
            else if ( LA27_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                alt27=1;
            }
            else if ( LA27_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                alt27=1;
            }
            else if ( LA27_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                alt27=1;
            }
            else if ( LA27_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalShots.g:4184:2: rule__ProjectSettings__UnorderedGroup_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__UnorderedGroup_3__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3__Impl"
    // InternalShots.g:4192:1: rule__ProjectSettings__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) ) ) ) ;
    public final void rule__ProjectSettings__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalShots.g:4197:1: ( ( ({...}? => ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) ) ) ) )
            // InternalShots.g:4198:3: ( ({...}? => ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) ) ) )
            {
            // InternalShots.g:4198:3: ( ({...}? => ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) ) ) | ({...}? => ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) ) ) )
            int alt28=6;
            int LA28_0 = input.LA(1);

            if ( LA28_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                alt28=1;
            }
            else if ( LA28_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                alt28=2;
            }
            else if ( LA28_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                alt28=3;
            }
            else if ( LA28_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                alt28=4;
            }
            else if ( LA28_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                alt28=5;
            }
            else if ( LA28_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                alt28=6;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 28, 0, input);

                throw nvae;
            }
            switch (alt28) {
                case 1 :
                    // InternalShots.g:4199:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) ) )
                    {
                    // InternalShots.g:4199:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) ) )
                    // InternalShots.g:4200:4: {...}? => ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__ProjectSettings__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalShots.g:4200:111: ( ( ( rule__ProjectSettings__Group_3_0__0 ) ) )
                    // InternalShots.g:4201:5: ( ( rule__ProjectSettings__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4207:5: ( ( rule__ProjectSettings__Group_3_0__0 ) )
                    // InternalShots.g:4208:6: ( rule__ProjectSettings__Group_3_0__0 )
                    {
                     before(grammarAccess.getProjectSettingsAccess().getGroup_3_0()); 
                    // InternalShots.g:4209:6: ( rule__ProjectSettings__Group_3_0__0 )
                    // InternalShots.g:4209:7: rule__ProjectSettings__Group_3_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__Group_3_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getProjectSettingsAccess().getGroup_3_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:4214:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) ) )
                    {
                    // InternalShots.g:4214:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) ) )
                    // InternalShots.g:4215:4: {...}? => ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__ProjectSettings__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalShots.g:4215:111: ( ( ( rule__ProjectSettings__Group_3_1__0 ) ) )
                    // InternalShots.g:4216:5: ( ( rule__ProjectSettings__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4222:5: ( ( rule__ProjectSettings__Group_3_1__0 ) )
                    // InternalShots.g:4223:6: ( rule__ProjectSettings__Group_3_1__0 )
                    {
                     before(grammarAccess.getProjectSettingsAccess().getGroup_3_1()); 
                    // InternalShots.g:4224:6: ( rule__ProjectSettings__Group_3_1__0 )
                    // InternalShots.g:4224:7: rule__ProjectSettings__Group_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__Group_3_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getProjectSettingsAccess().getGroup_3_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalShots.g:4229:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) ) )
                    {
                    // InternalShots.g:4229:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) ) )
                    // InternalShots.g:4230:4: {...}? => ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                        throw new FailedPredicateException(input, "rule__ProjectSettings__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2)");
                    }
                    // InternalShots.g:4230:111: ( ( ( rule__ProjectSettings__Group_3_2__0 ) ) )
                    // InternalShots.g:4231:5: ( ( rule__ProjectSettings__Group_3_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4237:5: ( ( rule__ProjectSettings__Group_3_2__0 ) )
                    // InternalShots.g:4238:6: ( rule__ProjectSettings__Group_3_2__0 )
                    {
                     before(grammarAccess.getProjectSettingsAccess().getGroup_3_2()); 
                    // InternalShots.g:4239:6: ( rule__ProjectSettings__Group_3_2__0 )
                    // InternalShots.g:4239:7: rule__ProjectSettings__Group_3_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__Group_3_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getProjectSettingsAccess().getGroup_3_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalShots.g:4244:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) ) )
                    {
                    // InternalShots.g:4244:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) ) )
                    // InternalShots.g:4245:4: {...}? => ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                        throw new FailedPredicateException(input, "rule__ProjectSettings__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3)");
                    }
                    // InternalShots.g:4245:111: ( ( ( rule__ProjectSettings__Group_3_3__0 ) ) )
                    // InternalShots.g:4246:5: ( ( rule__ProjectSettings__Group_3_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4252:5: ( ( rule__ProjectSettings__Group_3_3__0 ) )
                    // InternalShots.g:4253:6: ( rule__ProjectSettings__Group_3_3__0 )
                    {
                     before(grammarAccess.getProjectSettingsAccess().getGroup_3_3()); 
                    // InternalShots.g:4254:6: ( rule__ProjectSettings__Group_3_3__0 )
                    // InternalShots.g:4254:7: rule__ProjectSettings__Group_3_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__Group_3_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getProjectSettingsAccess().getGroup_3_3()); 

                    }


                    }


                    }


                    }
                    break;
                case 5 :
                    // InternalShots.g:4259:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) ) )
                    {
                    // InternalShots.g:4259:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) ) )
                    // InternalShots.g:4260:4: {...}? => ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                        throw new FailedPredicateException(input, "rule__ProjectSettings__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4)");
                    }
                    // InternalShots.g:4260:111: ( ( ( rule__ProjectSettings__Group_3_4__0 ) ) )
                    // InternalShots.g:4261:5: ( ( rule__ProjectSettings__Group_3_4__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4267:5: ( ( rule__ProjectSettings__Group_3_4__0 ) )
                    // InternalShots.g:4268:6: ( rule__ProjectSettings__Group_3_4__0 )
                    {
                     before(grammarAccess.getProjectSettingsAccess().getGroup_3_4()); 
                    // InternalShots.g:4269:6: ( rule__ProjectSettings__Group_3_4__0 )
                    // InternalShots.g:4269:7: rule__ProjectSettings__Group_3_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__Group_3_4__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getProjectSettingsAccess().getGroup_3_4()); 

                    }


                    }


                    }


                    }
                    break;
                case 6 :
                    // InternalShots.g:4274:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) ) )
                    {
                    // InternalShots.g:4274:3: ({...}? => ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) ) )
                    // InternalShots.g:4275:4: {...}? => ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                        throw new FailedPredicateException(input, "rule__ProjectSettings__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5)");
                    }
                    // InternalShots.g:4275:111: ( ( ( rule__ProjectSettings__Group_3_5__0 ) ) )
                    // InternalShots.g:4276:5: ( ( rule__ProjectSettings__Group_3_5__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4282:5: ( ( rule__ProjectSettings__Group_3_5__0 ) )
                    // InternalShots.g:4283:6: ( rule__ProjectSettings__Group_3_5__0 )
                    {
                     before(grammarAccess.getProjectSettingsAccess().getGroup_3_5()); 
                    // InternalShots.g:4284:6: ( rule__ProjectSettings__Group_3_5__0 )
                    // InternalShots.g:4284:7: rule__ProjectSettings__Group_3_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__Group_3_5__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getProjectSettingsAccess().getGroup_3_5()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3__Impl"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3__0"
    // InternalShots.g:4297:1: rule__ProjectSettings__UnorderedGroup_3__0 : rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__1 )? ;
    public final void rule__ProjectSettings__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4301:1: ( rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__1 )? )
            // InternalShots.g:4302:2: rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_39);
            rule__ProjectSettings__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4303:2: ( rule__ProjectSettings__UnorderedGroup_3__1 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( LA29_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                alt29=1;
            }
            else if ( LA29_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                alt29=1;
            }
            else if ( LA29_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                alt29=1;
            }
            else if ( LA29_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                alt29=1;
            }
            else if ( LA29_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                alt29=1;
            }
            else if ( LA29_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalShots.g:4303:2: rule__ProjectSettings__UnorderedGroup_3__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__UnorderedGroup_3__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3__0"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3__1"
    // InternalShots.g:4309:1: rule__ProjectSettings__UnorderedGroup_3__1 : rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__2 )? ;
    public final void rule__ProjectSettings__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4313:1: ( rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__2 )? )
            // InternalShots.g:4314:2: rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__2 )?
            {
            pushFollow(FOLLOW_39);
            rule__ProjectSettings__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4315:2: ( rule__ProjectSettings__UnorderedGroup_3__2 )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( LA30_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                alt30=1;
            }
            else if ( LA30_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                alt30=1;
            }
            else if ( LA30_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                alt30=1;
            }
            else if ( LA30_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                alt30=1;
            }
            else if ( LA30_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                alt30=1;
            }
            else if ( LA30_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalShots.g:4315:2: rule__ProjectSettings__UnorderedGroup_3__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__UnorderedGroup_3__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3__1"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3__2"
    // InternalShots.g:4321:1: rule__ProjectSettings__UnorderedGroup_3__2 : rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__3 )? ;
    public final void rule__ProjectSettings__UnorderedGroup_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4325:1: ( rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__3 )? )
            // InternalShots.g:4326:2: rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__3 )?
            {
            pushFollow(FOLLOW_39);
            rule__ProjectSettings__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4327:2: ( rule__ProjectSettings__UnorderedGroup_3__3 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( LA31_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                alt31=1;
            }
            else if ( LA31_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                alt31=1;
            }
            else if ( LA31_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                alt31=1;
            }
            else if ( LA31_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                alt31=1;
            }
            else if ( LA31_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                alt31=1;
            }
            else if ( LA31_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalShots.g:4327:2: rule__ProjectSettings__UnorderedGroup_3__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__UnorderedGroup_3__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3__2"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3__3"
    // InternalShots.g:4333:1: rule__ProjectSettings__UnorderedGroup_3__3 : rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__4 )? ;
    public final void rule__ProjectSettings__UnorderedGroup_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4337:1: ( rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__4 )? )
            // InternalShots.g:4338:2: rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__4 )?
            {
            pushFollow(FOLLOW_39);
            rule__ProjectSettings__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4339:2: ( rule__ProjectSettings__UnorderedGroup_3__4 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( LA32_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                alt32=1;
            }
            else if ( LA32_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                alt32=1;
            }
            else if ( LA32_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                alt32=1;
            }
            else if ( LA32_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                alt32=1;
            }
            else if ( LA32_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                alt32=1;
            }
            else if ( LA32_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalShots.g:4339:2: rule__ProjectSettings__UnorderedGroup_3__4
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__UnorderedGroup_3__4();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3__3"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3__4"
    // InternalShots.g:4345:1: rule__ProjectSettings__UnorderedGroup_3__4 : rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__5 )? ;
    public final void rule__ProjectSettings__UnorderedGroup_3__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4349:1: ( rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__5 )? )
            // InternalShots.g:4350:2: rule__ProjectSettings__UnorderedGroup_3__Impl ( rule__ProjectSettings__UnorderedGroup_3__5 )?
            {
            pushFollow(FOLLOW_39);
            rule__ProjectSettings__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4351:2: ( rule__ProjectSettings__UnorderedGroup_3__5 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( LA33_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                alt33=1;
            }
            else if ( LA33_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                alt33=1;
            }
            else if ( LA33_0 == 31 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                alt33=1;
            }
            else if ( LA33_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                alt33=1;
            }
            else if ( LA33_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                alt33=1;
            }
            else if ( LA33_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalShots.g:4351:2: rule__ProjectSettings__UnorderedGroup_3__5
                    {
                    pushFollow(FOLLOW_2);
                    rule__ProjectSettings__UnorderedGroup_3__5();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3__4"


    // $ANTLR start "rule__ProjectSettings__UnorderedGroup_3__5"
    // InternalShots.g:4357:1: rule__ProjectSettings__UnorderedGroup_3__5 : rule__ProjectSettings__UnorderedGroup_3__Impl ;
    public final void rule__ProjectSettings__UnorderedGroup_3__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4361:1: ( rule__ProjectSettings__UnorderedGroup_3__Impl )
            // InternalShots.g:4362:2: rule__ProjectSettings__UnorderedGroup_3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ProjectSettings__UnorderedGroup_3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__UnorderedGroup_3__5"


    // $ANTLR start "rule__Shot__UnorderedGroup_3"
    // InternalShots.g:4369:1: rule__Shot__UnorderedGroup_3 : ( rule__Shot__UnorderedGroup_3__0 )? ;
    public final void rule__Shot__UnorderedGroup_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getShotAccess().getUnorderedGroup_3());
        	
        try {
            // InternalShots.g:4374:1: ( ( rule__Shot__UnorderedGroup_3__0 )? )
            // InternalShots.g:4375:2: ( rule__Shot__UnorderedGroup_3__0 )?
            {
            // InternalShots.g:4375:2: ( rule__Shot__UnorderedGroup_3__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( LA34_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                alt34=1;
            }
            else if ( LA34_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                alt34=1;
            }
            else if ( LA34_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                alt34=1;
            }
            else if ( LA34_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                alt34=1;
            }
            else if ( LA34_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalShots.g:4375:2: rule__Shot__UnorderedGroup_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__UnorderedGroup_3__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getShotAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_3"


    // $ANTLR start "rule__Shot__UnorderedGroup_3__Impl"
    // InternalShots.g:4383:1: rule__Shot__UnorderedGroup_3__Impl : ( ({...}? => ( ( ( rule__Shot__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_4__0 ) ) ) ) ) ;
    public final void rule__Shot__UnorderedGroup_3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalShots.g:4388:1: ( ( ({...}? => ( ( ( rule__Shot__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_4__0 ) ) ) ) ) )
            // InternalShots.g:4389:3: ( ({...}? => ( ( ( rule__Shot__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_4__0 ) ) ) ) )
            {
            // InternalShots.g:4389:3: ( ({...}? => ( ( ( rule__Shot__Group_3_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_1__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_2__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_3__0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_3_4__0 ) ) ) ) )
            int alt35=5;
            int LA35_0 = input.LA(1);

            if ( LA35_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                alt35=1;
            }
            else if ( LA35_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                alt35=2;
            }
            else if ( LA35_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                alt35=3;
            }
            else if ( LA35_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                alt35=4;
            }
            else if ( LA35_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                alt35=5;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 35, 0, input);

                throw nvae;
            }
            switch (alt35) {
                case 1 :
                    // InternalShots.g:4390:3: ({...}? => ( ( ( rule__Shot__Group_3_0__0 ) ) ) )
                    {
                    // InternalShots.g:4390:3: ({...}? => ( ( ( rule__Shot__Group_3_0__0 ) ) ) )
                    // InternalShots.g:4391:4: {...}? => ( ( ( rule__Shot__Group_3_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Shot__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0)");
                    }
                    // InternalShots.g:4391:100: ( ( ( rule__Shot__Group_3_0__0 ) ) )
                    // InternalShots.g:4392:5: ( ( rule__Shot__Group_3_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4398:5: ( ( rule__Shot__Group_3_0__0 ) )
                    // InternalShots.g:4399:6: ( rule__Shot__Group_3_0__0 )
                    {
                     before(grammarAccess.getShotAccess().getGroup_3_0()); 
                    // InternalShots.g:4400:6: ( rule__Shot__Group_3_0__0 )
                    // InternalShots.g:4400:7: rule__Shot__Group_3_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__Group_3_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getShotAccess().getGroup_3_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:4405:3: ({...}? => ( ( ( rule__Shot__Group_3_1__0 ) ) ) )
                    {
                    // InternalShots.g:4405:3: ({...}? => ( ( ( rule__Shot__Group_3_1__0 ) ) ) )
                    // InternalShots.g:4406:4: {...}? => ( ( ( rule__Shot__Group_3_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Shot__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1)");
                    }
                    // InternalShots.g:4406:100: ( ( ( rule__Shot__Group_3_1__0 ) ) )
                    // InternalShots.g:4407:5: ( ( rule__Shot__Group_3_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4413:5: ( ( rule__Shot__Group_3_1__0 ) )
                    // InternalShots.g:4414:6: ( rule__Shot__Group_3_1__0 )
                    {
                     before(grammarAccess.getShotAccess().getGroup_3_1()); 
                    // InternalShots.g:4415:6: ( rule__Shot__Group_3_1__0 )
                    // InternalShots.g:4415:7: rule__Shot__Group_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__Group_3_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getShotAccess().getGroup_3_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalShots.g:4420:3: ({...}? => ( ( ( rule__Shot__Group_3_2__0 ) ) ) )
                    {
                    // InternalShots.g:4420:3: ({...}? => ( ( ( rule__Shot__Group_3_2__0 ) ) ) )
                    // InternalShots.g:4421:4: {...}? => ( ( ( rule__Shot__Group_3_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Shot__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2)");
                    }
                    // InternalShots.g:4421:100: ( ( ( rule__Shot__Group_3_2__0 ) ) )
                    // InternalShots.g:4422:5: ( ( rule__Shot__Group_3_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4428:5: ( ( rule__Shot__Group_3_2__0 ) )
                    // InternalShots.g:4429:6: ( rule__Shot__Group_3_2__0 )
                    {
                     before(grammarAccess.getShotAccess().getGroup_3_2()); 
                    // InternalShots.g:4430:6: ( rule__Shot__Group_3_2__0 )
                    // InternalShots.g:4430:7: rule__Shot__Group_3_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__Group_3_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getShotAccess().getGroup_3_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalShots.g:4435:3: ({...}? => ( ( ( rule__Shot__Group_3_3__0 ) ) ) )
                    {
                    // InternalShots.g:4435:3: ({...}? => ( ( ( rule__Shot__Group_3_3__0 ) ) ) )
                    // InternalShots.g:4436:4: {...}? => ( ( ( rule__Shot__Group_3_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Shot__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3)");
                    }
                    // InternalShots.g:4436:100: ( ( ( rule__Shot__Group_3_3__0 ) ) )
                    // InternalShots.g:4437:5: ( ( rule__Shot__Group_3_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4443:5: ( ( rule__Shot__Group_3_3__0 ) )
                    // InternalShots.g:4444:6: ( rule__Shot__Group_3_3__0 )
                    {
                     before(grammarAccess.getShotAccess().getGroup_3_3()); 
                    // InternalShots.g:4445:6: ( rule__Shot__Group_3_3__0 )
                    // InternalShots.g:4445:7: rule__Shot__Group_3_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__Group_3_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getShotAccess().getGroup_3_3()); 

                    }


                    }


                    }


                    }
                    break;
                case 5 :
                    // InternalShots.g:4450:3: ({...}? => ( ( ( rule__Shot__Group_3_4__0 ) ) ) )
                    {
                    // InternalShots.g:4450:3: ({...}? => ( ( ( rule__Shot__Group_3_4__0 ) ) ) )
                    // InternalShots.g:4451:4: {...}? => ( ( ( rule__Shot__Group_3_4__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                        throw new FailedPredicateException(input, "rule__Shot__UnorderedGroup_3__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4)");
                    }
                    // InternalShots.g:4451:100: ( ( ( rule__Shot__Group_3_4__0 ) ) )
                    // InternalShots.g:4452:5: ( ( rule__Shot__Group_3_4__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4458:5: ( ( rule__Shot__Group_3_4__0 ) )
                    // InternalShots.g:4459:6: ( rule__Shot__Group_3_4__0 )
                    {
                     before(grammarAccess.getShotAccess().getGroup_3_4()); 
                    // InternalShots.g:4460:6: ( rule__Shot__Group_3_4__0 )
                    // InternalShots.g:4460:7: rule__Shot__Group_3_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__Group_3_4__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getShotAccess().getGroup_3_4()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_3());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_3__Impl"


    // $ANTLR start "rule__Shot__UnorderedGroup_3__0"
    // InternalShots.g:4473:1: rule__Shot__UnorderedGroup_3__0 : rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__1 )? ;
    public final void rule__Shot__UnorderedGroup_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4477:1: ( rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__1 )? )
            // InternalShots.g:4478:2: rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__1 )?
            {
            pushFollow(FOLLOW_40);
            rule__Shot__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4479:2: ( rule__Shot__UnorderedGroup_3__1 )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( LA36_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                alt36=1;
            }
            else if ( LA36_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                alt36=1;
            }
            else if ( LA36_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                alt36=1;
            }
            else if ( LA36_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                alt36=1;
            }
            else if ( LA36_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalShots.g:4479:2: rule__Shot__UnorderedGroup_3__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__UnorderedGroup_3__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_3__0"


    // $ANTLR start "rule__Shot__UnorderedGroup_3__1"
    // InternalShots.g:4485:1: rule__Shot__UnorderedGroup_3__1 : rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__2 )? ;
    public final void rule__Shot__UnorderedGroup_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4489:1: ( rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__2 )? )
            // InternalShots.g:4490:2: rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__2 )?
            {
            pushFollow(FOLLOW_40);
            rule__Shot__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4491:2: ( rule__Shot__UnorderedGroup_3__2 )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( LA37_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                alt37=1;
            }
            else if ( LA37_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                alt37=1;
            }
            else if ( LA37_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                alt37=1;
            }
            else if ( LA37_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                alt37=1;
            }
            else if ( LA37_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalShots.g:4491:2: rule__Shot__UnorderedGroup_3__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__UnorderedGroup_3__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_3__1"


    // $ANTLR start "rule__Shot__UnorderedGroup_3__2"
    // InternalShots.g:4497:1: rule__Shot__UnorderedGroup_3__2 : rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__3 )? ;
    public final void rule__Shot__UnorderedGroup_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4501:1: ( rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__3 )? )
            // InternalShots.g:4502:2: rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__3 )?
            {
            pushFollow(FOLLOW_40);
            rule__Shot__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4503:2: ( rule__Shot__UnorderedGroup_3__3 )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( LA38_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                alt38=1;
            }
            else if ( LA38_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                alt38=1;
            }
            else if ( LA38_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                alt38=1;
            }
            else if ( LA38_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                alt38=1;
            }
            else if ( LA38_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalShots.g:4503:2: rule__Shot__UnorderedGroup_3__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__UnorderedGroup_3__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_3__2"


    // $ANTLR start "rule__Shot__UnorderedGroup_3__3"
    // InternalShots.g:4509:1: rule__Shot__UnorderedGroup_3__3 : rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__4 )? ;
    public final void rule__Shot__UnorderedGroup_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4513:1: ( rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__4 )? )
            // InternalShots.g:4514:2: rule__Shot__UnorderedGroup_3__Impl ( rule__Shot__UnorderedGroup_3__4 )?
            {
            pushFollow(FOLLOW_40);
            rule__Shot__UnorderedGroup_3__Impl();

            state._fsp--;

            // InternalShots.g:4515:2: ( rule__Shot__UnorderedGroup_3__4 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( LA39_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                alt39=1;
            }
            else if ( LA39_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                alt39=1;
            }
            else if ( LA39_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                alt39=1;
            }
            else if ( LA39_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                alt39=1;
            }
            else if ( LA39_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalShots.g:4515:2: rule__Shot__UnorderedGroup_3__4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__UnorderedGroup_3__4();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_3__3"


    // $ANTLR start "rule__Shot__UnorderedGroup_3__4"
    // InternalShots.g:4521:1: rule__Shot__UnorderedGroup_3__4 : rule__Shot__UnorderedGroup_3__Impl ;
    public final void rule__Shot__UnorderedGroup_3__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4525:1: ( rule__Shot__UnorderedGroup_3__Impl )
            // InternalShots.g:4526:2: rule__Shot__UnorderedGroup_3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__UnorderedGroup_3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_3__4"


    // $ANTLR start "rule__Shot__UnorderedGroup_5"
    // InternalShots.g:4533:1: rule__Shot__UnorderedGroup_5 : ( rule__Shot__UnorderedGroup_5__0 )? ;
    public final void rule__Shot__UnorderedGroup_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getShotAccess().getUnorderedGroup_5());
        	
        try {
            // InternalShots.g:4538:1: ( ( rule__Shot__UnorderedGroup_5__0 )? )
            // InternalShots.g:4539:2: ( rule__Shot__UnorderedGroup_5__0 )?
            {
            // InternalShots.g:4539:2: ( rule__Shot__UnorderedGroup_5__0 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( LA40_0 == RULE_CAMERA_MOVE && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0) ) {
                alt40=1;
            }
            else if ( LA40_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalShots.g:4539:2: rule__Shot__UnorderedGroup_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__UnorderedGroup_5__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getShotAccess().getUnorderedGroup_5());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_5"


    // $ANTLR start "rule__Shot__UnorderedGroup_5__Impl"
    // InternalShots.g:4547:1: rule__Shot__UnorderedGroup_5__Impl : ( ({...}? => ( ( ( rule__Shot__CameraAssignment_5_0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_5_1__0 ) ) ) ) ) ;
    public final void rule__Shot__UnorderedGroup_5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalShots.g:4552:1: ( ( ({...}? => ( ( ( rule__Shot__CameraAssignment_5_0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_5_1__0 ) ) ) ) ) )
            // InternalShots.g:4553:3: ( ({...}? => ( ( ( rule__Shot__CameraAssignment_5_0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_5_1__0 ) ) ) ) )
            {
            // InternalShots.g:4553:3: ( ({...}? => ( ( ( rule__Shot__CameraAssignment_5_0 ) ) ) ) | ({...}? => ( ( ( rule__Shot__Group_5_1__0 ) ) ) ) )
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( LA41_0 == RULE_CAMERA_MOVE && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0) ) {
                alt41=1;
            }
            else if ( LA41_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1) ) {
                alt41=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 41, 0, input);

                throw nvae;
            }
            switch (alt41) {
                case 1 :
                    // InternalShots.g:4554:3: ({...}? => ( ( ( rule__Shot__CameraAssignment_5_0 ) ) ) )
                    {
                    // InternalShots.g:4554:3: ({...}? => ( ( ( rule__Shot__CameraAssignment_5_0 ) ) ) )
                    // InternalShots.g:4555:4: {...}? => ( ( ( rule__Shot__CameraAssignment_5_0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Shot__UnorderedGroup_5__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0)");
                    }
                    // InternalShots.g:4555:100: ( ( ( rule__Shot__CameraAssignment_5_0 ) ) )
                    // InternalShots.g:4556:5: ( ( rule__Shot__CameraAssignment_5_0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4562:5: ( ( rule__Shot__CameraAssignment_5_0 ) )
                    // InternalShots.g:4563:6: ( rule__Shot__CameraAssignment_5_0 )
                    {
                     before(grammarAccess.getShotAccess().getCameraAssignment_5_0()); 
                    // InternalShots.g:4564:6: ( rule__Shot__CameraAssignment_5_0 )
                    // InternalShots.g:4564:7: rule__Shot__CameraAssignment_5_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__CameraAssignment_5_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getShotAccess().getCameraAssignment_5_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:4569:3: ({...}? => ( ( ( rule__Shot__Group_5_1__0 ) ) ) )
                    {
                    // InternalShots.g:4569:3: ({...}? => ( ( ( rule__Shot__Group_5_1__0 ) ) ) )
                    // InternalShots.g:4570:4: {...}? => ( ( ( rule__Shot__Group_5_1__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Shot__UnorderedGroup_5__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1)");
                    }
                    // InternalShots.g:4570:100: ( ( ( rule__Shot__Group_5_1__0 ) ) )
                    // InternalShots.g:4571:5: ( ( rule__Shot__Group_5_1__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1);
                    				

                    					selected = true;
                    				
                    // InternalShots.g:4577:5: ( ( rule__Shot__Group_5_1__0 ) )
                    // InternalShots.g:4578:6: ( rule__Shot__Group_5_1__0 )
                    {
                     before(grammarAccess.getShotAccess().getGroup_5_1()); 
                    // InternalShots.g:4579:6: ( rule__Shot__Group_5_1__0 )
                    // InternalShots.g:4579:7: rule__Shot__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getShotAccess().getGroup_5_1()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_5());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_5__Impl"


    // $ANTLR start "rule__Shot__UnorderedGroup_5__0"
    // InternalShots.g:4592:1: rule__Shot__UnorderedGroup_5__0 : rule__Shot__UnorderedGroup_5__Impl ( rule__Shot__UnorderedGroup_5__1 )? ;
    public final void rule__Shot__UnorderedGroup_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4596:1: ( rule__Shot__UnorderedGroup_5__Impl ( rule__Shot__UnorderedGroup_5__1 )? )
            // InternalShots.g:4597:2: rule__Shot__UnorderedGroup_5__Impl ( rule__Shot__UnorderedGroup_5__1 )?
            {
            pushFollow(FOLLOW_41);
            rule__Shot__UnorderedGroup_5__Impl();

            state._fsp--;

            // InternalShots.g:4598:2: ( rule__Shot__UnorderedGroup_5__1 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( LA42_0 == RULE_CAMERA_MOVE && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0) ) {
                alt42=1;
            }
            else if ( LA42_0 == 48 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalShots.g:4598:2: rule__Shot__UnorderedGroup_5__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Shot__UnorderedGroup_5__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_5__0"


    // $ANTLR start "rule__Shot__UnorderedGroup_5__1"
    // InternalShots.g:4604:1: rule__Shot__UnorderedGroup_5__1 : rule__Shot__UnorderedGroup_5__Impl ;
    public final void rule__Shot__UnorderedGroup_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4608:1: ( rule__Shot__UnorderedGroup_5__Impl )
            // InternalShots.g:4609:2: rule__Shot__UnorderedGroup_5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Shot__UnorderedGroup_5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__UnorderedGroup_5__1"


    // $ANTLR start "rule__Script__SettingsAssignment_1_0"
    // InternalShots.g:4616:1: rule__Script__SettingsAssignment_1_0 : ( ruleProjectSettings ) ;
    public final void rule__Script__SettingsAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4620:1: ( ( ruleProjectSettings ) )
            // InternalShots.g:4621:2: ( ruleProjectSettings )
            {
            // InternalShots.g:4621:2: ( ruleProjectSettings )
            // InternalShots.g:4622:3: ruleProjectSettings
            {
             before(grammarAccess.getScriptAccess().getSettingsProjectSettingsParserRuleCall_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleProjectSettings();

            state._fsp--;

             after(grammarAccess.getScriptAccess().getSettingsProjectSettingsParserRuleCall_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__SettingsAssignment_1_0"


    // $ANTLR start "rule__Script__StylesAssignment_1_1"
    // InternalShots.g:4631:1: rule__Script__StylesAssignment_1_1 : ( ruleStyle ) ;
    public final void rule__Script__StylesAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4635:1: ( ( ruleStyle ) )
            // InternalShots.g:4636:2: ( ruleStyle )
            {
            // InternalShots.g:4636:2: ( ruleStyle )
            // InternalShots.g:4637:3: ruleStyle
            {
             before(grammarAccess.getScriptAccess().getStylesStyleParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleStyle();

            state._fsp--;

             after(grammarAccess.getScriptAccess().getStylesStyleParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__StylesAssignment_1_1"


    // $ANTLR start "rule__Script__CharactersAssignment_1_2"
    // InternalShots.g:4646:1: rule__Script__CharactersAssignment_1_2 : ( ruleCharacter ) ;
    public final void rule__Script__CharactersAssignment_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4650:1: ( ( ruleCharacter ) )
            // InternalShots.g:4651:2: ( ruleCharacter )
            {
            // InternalShots.g:4651:2: ( ruleCharacter )
            // InternalShots.g:4652:3: ruleCharacter
            {
             before(grammarAccess.getScriptAccess().getCharactersCharacterParserRuleCall_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCharacter();

            state._fsp--;

             after(grammarAccess.getScriptAccess().getCharactersCharacterParserRuleCall_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__CharactersAssignment_1_2"


    // $ANTLR start "rule__Script__LocationsAssignment_1_3"
    // InternalShots.g:4661:1: rule__Script__LocationsAssignment_1_3 : ( ruleLocation ) ;
    public final void rule__Script__LocationsAssignment_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4665:1: ( ( ruleLocation ) )
            // InternalShots.g:4666:2: ( ruleLocation )
            {
            // InternalShots.g:4666:2: ( ruleLocation )
            // InternalShots.g:4667:3: ruleLocation
            {
             before(grammarAccess.getScriptAccess().getLocationsLocationParserRuleCall_1_3_0()); 
            pushFollow(FOLLOW_2);
            ruleLocation();

            state._fsp--;

             after(grammarAccess.getScriptAccess().getLocationsLocationParserRuleCall_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__LocationsAssignment_1_3"


    // $ANTLR start "rule__Script__SequencesAssignment_1_4"
    // InternalShots.g:4676:1: rule__Script__SequencesAssignment_1_4 : ( ruleSequence ) ;
    public final void rule__Script__SequencesAssignment_1_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4680:1: ( ( ruleSequence ) )
            // InternalShots.g:4681:2: ( ruleSequence )
            {
            // InternalShots.g:4681:2: ( ruleSequence )
            // InternalShots.g:4682:3: ruleSequence
            {
             before(grammarAccess.getScriptAccess().getSequencesSequenceParserRuleCall_1_4_0()); 
            pushFollow(FOLLOW_2);
            ruleSequence();

            state._fsp--;

             after(grammarAccess.getScriptAccess().getSequencesSequenceParserRuleCall_1_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Script__SequencesAssignment_1_4"


    // $ANTLR start "rule__ProjectSettings__TitleAssignment_1"
    // InternalShots.g:4691:1: rule__ProjectSettings__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__ProjectSettings__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4695:1: ( ( RULE_STRING ) )
            // InternalShots.g:4696:2: ( RULE_STRING )
            {
            // InternalShots.g:4696:2: ( RULE_STRING )
            // InternalShots.g:4697:3: RULE_STRING
            {
             before(grammarAccess.getProjectSettingsAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__TitleAssignment_1"


    // $ANTLR start "rule__ProjectSettings__SongAssignment_3_0_1"
    // InternalShots.g:4706:1: rule__ProjectSettings__SongAssignment_3_0_1 : ( RULE_STRING ) ;
    public final void rule__ProjectSettings__SongAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4710:1: ( ( RULE_STRING ) )
            // InternalShots.g:4711:2: ( RULE_STRING )
            {
            // InternalShots.g:4711:2: ( RULE_STRING )
            // InternalShots.g:4712:3: RULE_STRING
            {
             before(grammarAccess.getProjectSettingsAccess().getSongSTRINGTerminalRuleCall_3_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getSongSTRINGTerminalRuleCall_3_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__SongAssignment_3_0_1"


    // $ANTLR start "rule__ProjectSettings__TempoAssignment_3_1_1"
    // InternalShots.g:4721:1: rule__ProjectSettings__TempoAssignment_3_1_1 : ( ruleDecimal ) ;
    public final void rule__ProjectSettings__TempoAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4725:1: ( ( ruleDecimal ) )
            // InternalShots.g:4726:2: ( ruleDecimal )
            {
            // InternalShots.g:4726:2: ( ruleDecimal )
            // InternalShots.g:4727:3: ruleDecimal
            {
             before(grammarAccess.getProjectSettingsAccess().getTempoDecimalParserRuleCall_3_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getProjectSettingsAccess().getTempoDecimalParserRuleCall_3_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__TempoAssignment_3_1_1"


    // $ANTLR start "rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1"
    // InternalShots.g:4736:1: rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1 : ( RULE_INT ) ;
    public final void rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4740:1: ( ( RULE_INT ) )
            // InternalShots.g:4741:2: ( RULE_INT )
            {
            // InternalShots.g:4741:2: ( RULE_INT )
            // InternalShots.g:4742:3: RULE_INT
            {
             before(grammarAccess.getProjectSettingsAccess().getBeatsPerBarINTTerminalRuleCall_3_1_3_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getBeatsPerBarINTTerminalRuleCall_3_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__BeatsPerBarAssignment_3_1_3_1"


    // $ANTLR start "rule__ProjectSettings__FormatAssignment_3_2_1"
    // InternalShots.g:4751:1: rule__ProjectSettings__FormatAssignment_3_2_1 : ( ruleVideoFormat ) ;
    public final void rule__ProjectSettings__FormatAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4755:1: ( ( ruleVideoFormat ) )
            // InternalShots.g:4756:2: ( ruleVideoFormat )
            {
            // InternalShots.g:4756:2: ( ruleVideoFormat )
            // InternalShots.g:4757:3: ruleVideoFormat
            {
             before(grammarAccess.getProjectSettingsAccess().getFormatVideoFormatParserRuleCall_3_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleVideoFormat();

            state._fsp--;

             after(grammarAccess.getProjectSettingsAccess().getFormatVideoFormatParserRuleCall_3_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__FormatAssignment_3_2_1"


    // $ANTLR start "rule__ProjectSettings__DeliverAssignment_3_3_1"
    // InternalShots.g:4766:1: rule__ProjectSettings__DeliverAssignment_3_3_1 : ( ruleFrameSize ) ;
    public final void rule__ProjectSettings__DeliverAssignment_3_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4770:1: ( ( ruleFrameSize ) )
            // InternalShots.g:4771:2: ( ruleFrameSize )
            {
            // InternalShots.g:4771:2: ( ruleFrameSize )
            // InternalShots.g:4772:3: ruleFrameSize
            {
             before(grammarAccess.getProjectSettingsAccess().getDeliverFrameSizeParserRuleCall_3_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleFrameSize();

            state._fsp--;

             after(grammarAccess.getProjectSettingsAccess().getDeliverFrameSizeParserRuleCall_3_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__DeliverAssignment_3_3_1"


    // $ANTLR start "rule__ProjectSettings__DefaultBackendAssignment_3_4_1"
    // InternalShots.g:4781:1: rule__ProjectSettings__DefaultBackendAssignment_3_4_1 : ( RULE_ID ) ;
    public final void rule__ProjectSettings__DefaultBackendAssignment_3_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4785:1: ( ( RULE_ID ) )
            // InternalShots.g:4786:2: ( RULE_ID )
            {
            // InternalShots.g:4786:2: ( RULE_ID )
            // InternalShots.g:4787:3: RULE_ID
            {
             before(grammarAccess.getProjectSettingsAccess().getDefaultBackendIDTerminalRuleCall_3_4_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getDefaultBackendIDTerminalRuleCall_3_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__DefaultBackendAssignment_3_4_1"


    // $ANTLR start "rule__ProjectSettings__BudgetAssignment_3_5_1"
    // InternalShots.g:4796:1: rule__ProjectSettings__BudgetAssignment_3_5_1 : ( ruleMoney ) ;
    public final void rule__ProjectSettings__BudgetAssignment_3_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4800:1: ( ( ruleMoney ) )
            // InternalShots.g:4801:2: ( ruleMoney )
            {
            // InternalShots.g:4801:2: ( ruleMoney )
            // InternalShots.g:4802:3: ruleMoney
            {
             before(grammarAccess.getProjectSettingsAccess().getBudgetMoneyParserRuleCall_3_5_1_0()); 
            pushFollow(FOLLOW_2);
            ruleMoney();

            state._fsp--;

             after(grammarAccess.getProjectSettingsAccess().getBudgetMoneyParserRuleCall_3_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__BudgetAssignment_3_5_1"


    // $ANTLR start "rule__ProjectSettings__CurrencyAssignment_3_5_2"
    // InternalShots.g:4811:1: rule__ProjectSettings__CurrencyAssignment_3_5_2 : ( RULE_ID ) ;
    public final void rule__ProjectSettings__CurrencyAssignment_3_5_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4815:1: ( ( RULE_ID ) )
            // InternalShots.g:4816:2: ( RULE_ID )
            {
            // InternalShots.g:4816:2: ( RULE_ID )
            // InternalShots.g:4817:3: RULE_ID
            {
             before(grammarAccess.getProjectSettingsAccess().getCurrencyIDTerminalRuleCall_3_5_2_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getProjectSettingsAccess().getCurrencyIDTerminalRuleCall_3_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ProjectSettings__CurrencyAssignment_3_5_2"


    // $ANTLR start "rule__VideoFormat__WidthAssignment_0"
    // InternalShots.g:4826:1: rule__VideoFormat__WidthAssignment_0 : ( RULE_WIDTH ) ;
    public final void rule__VideoFormat__WidthAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4830:1: ( ( RULE_WIDTH ) )
            // InternalShots.g:4831:2: ( RULE_WIDTH )
            {
            // InternalShots.g:4831:2: ( RULE_WIDTH )
            // InternalShots.g:4832:3: RULE_WIDTH
            {
             before(grammarAccess.getVideoFormatAccess().getWidthWIDTHTerminalRuleCall_0_0()); 
            match(input,RULE_WIDTH,FOLLOW_2); 
             after(grammarAccess.getVideoFormatAccess().getWidthWIDTHTerminalRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__WidthAssignment_0"


    // $ANTLR start "rule__VideoFormat__HeightAssignment_1"
    // InternalShots.g:4841:1: rule__VideoFormat__HeightAssignment_1 : ( RULE_INT ) ;
    public final void rule__VideoFormat__HeightAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4845:1: ( ( RULE_INT ) )
            // InternalShots.g:4846:2: ( RULE_INT )
            {
            // InternalShots.g:4846:2: ( RULE_INT )
            // InternalShots.g:4847:3: RULE_INT
            {
             before(grammarAccess.getVideoFormatAccess().getHeightINTTerminalRuleCall_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getVideoFormatAccess().getHeightINTTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__HeightAssignment_1"


    // $ANTLR start "rule__VideoFormat__FpsAssignment_3"
    // InternalShots.g:4856:1: rule__VideoFormat__FpsAssignment_3 : ( ruleDecimal ) ;
    public final void rule__VideoFormat__FpsAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4860:1: ( ( ruleDecimal ) )
            // InternalShots.g:4861:2: ( ruleDecimal )
            {
            // InternalShots.g:4861:2: ( ruleDecimal )
            // InternalShots.g:4862:3: ruleDecimal
            {
             before(grammarAccess.getVideoFormatAccess().getFpsDecimalParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getVideoFormatAccess().getFpsDecimalParserRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__VideoFormat__FpsAssignment_3"


    // $ANTLR start "rule__FrameSize__WidthAssignment_0"
    // InternalShots.g:4871:1: rule__FrameSize__WidthAssignment_0 : ( RULE_WIDTH ) ;
    public final void rule__FrameSize__WidthAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4875:1: ( ( RULE_WIDTH ) )
            // InternalShots.g:4876:2: ( RULE_WIDTH )
            {
            // InternalShots.g:4876:2: ( RULE_WIDTH )
            // InternalShots.g:4877:3: RULE_WIDTH
            {
             before(grammarAccess.getFrameSizeAccess().getWidthWIDTHTerminalRuleCall_0_0()); 
            match(input,RULE_WIDTH,FOLLOW_2); 
             after(grammarAccess.getFrameSizeAccess().getWidthWIDTHTerminalRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FrameSize__WidthAssignment_0"


    // $ANTLR start "rule__FrameSize__HeightAssignment_1"
    // InternalShots.g:4886:1: rule__FrameSize__HeightAssignment_1 : ( RULE_INT ) ;
    public final void rule__FrameSize__HeightAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4890:1: ( ( RULE_INT ) )
            // InternalShots.g:4891:2: ( RULE_INT )
            {
            // InternalShots.g:4891:2: ( RULE_INT )
            // InternalShots.g:4892:3: RULE_INT
            {
             before(grammarAccess.getFrameSizeAccess().getHeightINTTerminalRuleCall_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getFrameSizeAccess().getHeightINTTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FrameSize__HeightAssignment_1"


    // $ANTLR start "rule__Style__NameAssignment_1"
    // InternalShots.g:4901:1: rule__Style__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Style__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4905:1: ( ( RULE_ID ) )
            // InternalShots.g:4906:2: ( RULE_ID )
            {
            // InternalShots.g:4906:2: ( RULE_ID )
            // InternalShots.g:4907:3: RULE_ID
            {
             before(grammarAccess.getStyleAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getStyleAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__NameAssignment_1"


    // $ANTLR start "rule__Style__DescriptionAssignment_2"
    // InternalShots.g:4916:1: rule__Style__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Style__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4920:1: ( ( RULE_STRING ) )
            // InternalShots.g:4921:2: ( RULE_STRING )
            {
            // InternalShots.g:4921:2: ( RULE_STRING )
            // InternalShots.g:4922:3: RULE_STRING
            {
             before(grammarAccess.getStyleAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStyleAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Style__DescriptionAssignment_2"


    // $ANTLR start "rule__Character__NameAssignment_1"
    // InternalShots.g:4931:1: rule__Character__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Character__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4935:1: ( ( RULE_ID ) )
            // InternalShots.g:4936:2: ( RULE_ID )
            {
            // InternalShots.g:4936:2: ( RULE_ID )
            // InternalShots.g:4937:3: RULE_ID
            {
             before(grammarAccess.getCharacterAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getCharacterAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__NameAssignment_1"


    // $ANTLR start "rule__Character__DescriptionAssignment_2"
    // InternalShots.g:4946:1: rule__Character__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Character__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4950:1: ( ( RULE_STRING ) )
            // InternalShots.g:4951:2: ( RULE_STRING )
            {
            // InternalShots.g:4951:2: ( RULE_STRING )
            // InternalShots.g:4952:3: RULE_STRING
            {
             before(grammarAccess.getCharacterAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCharacterAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__DescriptionAssignment_2"


    // $ANTLR start "rule__Character__ReferencesAssignment_3_1_1"
    // InternalShots.g:4961:1: rule__Character__ReferencesAssignment_3_1_1 : ( RULE_STRING ) ;
    public final void rule__Character__ReferencesAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4965:1: ( ( RULE_STRING ) )
            // InternalShots.g:4966:2: ( RULE_STRING )
            {
            // InternalShots.g:4966:2: ( RULE_STRING )
            // InternalShots.g:4967:3: RULE_STRING
            {
             before(grammarAccess.getCharacterAccess().getReferencesSTRINGTerminalRuleCall_3_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCharacterAccess().getReferencesSTRINGTerminalRuleCall_3_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Character__ReferencesAssignment_3_1_1"


    // $ANTLR start "rule__Location__NameAssignment_1"
    // InternalShots.g:4976:1: rule__Location__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Location__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4980:1: ( ( RULE_ID ) )
            // InternalShots.g:4981:2: ( RULE_ID )
            {
            // InternalShots.g:4981:2: ( RULE_ID )
            // InternalShots.g:4982:3: RULE_ID
            {
             before(grammarAccess.getLocationAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getLocationAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__NameAssignment_1"


    // $ANTLR start "rule__Location__DescriptionAssignment_2"
    // InternalShots.g:4991:1: rule__Location__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Location__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:4995:1: ( ( RULE_STRING ) )
            // InternalShots.g:4996:2: ( RULE_STRING )
            {
            // InternalShots.g:4996:2: ( RULE_STRING )
            // InternalShots.g:4997:3: RULE_STRING
            {
             before(grammarAccess.getLocationAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getLocationAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Location__DescriptionAssignment_2"


    // $ANTLR start "rule__Sequence__NameAssignment_1"
    // InternalShots.g:5006:1: rule__Sequence__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Sequence__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5010:1: ( ( RULE_ID ) )
            // InternalShots.g:5011:2: ( RULE_ID )
            {
            // InternalShots.g:5011:2: ( RULE_ID )
            // InternalShots.g:5012:3: RULE_ID
            {
             before(grammarAccess.getSequenceAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getSequenceAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__NameAssignment_1"


    // $ANTLR start "rule__Sequence__PositionAssignment_2_1"
    // InternalShots.g:5021:1: rule__Sequence__PositionAssignment_2_1 : ( ruleSongPosition ) ;
    public final void rule__Sequence__PositionAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5025:1: ( ( ruleSongPosition ) )
            // InternalShots.g:5026:2: ( ruleSongPosition )
            {
            // InternalShots.g:5026:2: ( ruleSongPosition )
            // InternalShots.g:5027:3: ruleSongPosition
            {
             before(grammarAccess.getSequenceAccess().getPositionSongPositionParserRuleCall_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSongPosition();

            state._fsp--;

             after(grammarAccess.getSequenceAccess().getPositionSongPositionParserRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__PositionAssignment_2_1"


    // $ANTLR start "rule__Sequence__ShotsAssignment_4"
    // InternalShots.g:5036:1: rule__Sequence__ShotsAssignment_4 : ( ruleShot ) ;
    public final void rule__Sequence__ShotsAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5040:1: ( ( ruleShot ) )
            // InternalShots.g:5041:2: ( ruleShot )
            {
            // InternalShots.g:5041:2: ( ruleShot )
            // InternalShots.g:5042:3: ruleShot
            {
             before(grammarAccess.getSequenceAccess().getShotsShotParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleShot();

            state._fsp--;

             after(grammarAccess.getSequenceAccess().getShotsShotParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__ShotsAssignment_4"


    // $ANTLR start "rule__Sequence__TransitionAssignment_5"
    // InternalShots.g:5051:1: rule__Sequence__TransitionAssignment_5 : ( ruleTransition ) ;
    public final void rule__Sequence__TransitionAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5055:1: ( ( ruleTransition ) )
            // InternalShots.g:5056:2: ( ruleTransition )
            {
            // InternalShots.g:5056:2: ( ruleTransition )
            // InternalShots.g:5057:3: ruleTransition
            {
             before(grammarAccess.getSequenceAccess().getTransitionTransitionParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleTransition();

            state._fsp--;

             after(grammarAccess.getSequenceAccess().getTransitionTransitionParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sequence__TransitionAssignment_5"


    // $ANTLR start "rule__TimePosition__SecondsAssignment"
    // InternalShots.g:5066:1: rule__TimePosition__SecondsAssignment : ( ruleSongTime ) ;
    public final void rule__TimePosition__SecondsAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5070:1: ( ( ruleSongTime ) )
            // InternalShots.g:5071:2: ( ruleSongTime )
            {
            // InternalShots.g:5071:2: ( ruleSongTime )
            // InternalShots.g:5072:3: ruleSongTime
            {
             before(grammarAccess.getTimePositionAccess().getSecondsSongTimeParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleSongTime();

            state._fsp--;

             after(grammarAccess.getTimePositionAccess().getSecondsSongTimeParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TimePosition__SecondsAssignment"


    // $ANTLR start "rule__BarPosition__BarAssignment_1"
    // InternalShots.g:5081:1: rule__BarPosition__BarAssignment_1 : ( RULE_INT ) ;
    public final void rule__BarPosition__BarAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5085:1: ( ( RULE_INT ) )
            // InternalShots.g:5086:2: ( RULE_INT )
            {
            // InternalShots.g:5086:2: ( RULE_INT )
            // InternalShots.g:5087:3: RULE_INT
            {
             before(grammarAccess.getBarPositionAccess().getBarINTTerminalRuleCall_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getBarPositionAccess().getBarINTTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__BarAssignment_1"


    // $ANTLR start "rule__BarPosition__BeatAssignment_2_1"
    // InternalShots.g:5096:1: rule__BarPosition__BeatAssignment_2_1 : ( RULE_INT ) ;
    public final void rule__BarPosition__BeatAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5100:1: ( ( RULE_INT ) )
            // InternalShots.g:5101:2: ( RULE_INT )
            {
            // InternalShots.g:5101:2: ( RULE_INT )
            // InternalShots.g:5102:3: RULE_INT
            {
             before(grammarAccess.getBarPositionAccess().getBeatINTTerminalRuleCall_2_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getBarPositionAccess().getBeatINTTerminalRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BarPosition__BeatAssignment_2_1"


    // $ANTLR start "rule__Transition__KindAssignment_1"
    // InternalShots.g:5111:1: rule__Transition__KindAssignment_1 : ( ruleTransitionKind ) ;
    public final void rule__Transition__KindAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5115:1: ( ( ruleTransitionKind ) )
            // InternalShots.g:5116:2: ( ruleTransitionKind )
            {
            // InternalShots.g:5116:2: ( ruleTransitionKind )
            // InternalShots.g:5117:3: ruleTransitionKind
            {
             before(grammarAccess.getTransitionAccess().getKindTransitionKindEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleTransitionKind();

            state._fsp--;

             after(grammarAccess.getTransitionAccess().getKindTransitionKindEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__KindAssignment_1"


    // $ANTLR start "rule__Transition__DurationAssignment_2"
    // InternalShots.g:5126:1: rule__Transition__DurationAssignment_2 : ( ruleSeconds ) ;
    public final void rule__Transition__DurationAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5130:1: ( ( ruleSeconds ) )
            // InternalShots.g:5131:2: ( ruleSeconds )
            {
            // InternalShots.g:5131:2: ( ruleSeconds )
            // InternalShots.g:5132:3: ruleSeconds
            {
             before(grammarAccess.getTransitionAccess().getDurationSecondsParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSeconds();

            state._fsp--;

             after(grammarAccess.getTransitionAccess().getDurationSecondsParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__DurationAssignment_2"


    // $ANTLR start "rule__Shot__NameAssignment_1"
    // InternalShots.g:5141:1: rule__Shot__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Shot__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5145:1: ( ( RULE_ID ) )
            // InternalShots.g:5146:2: ( RULE_ID )
            {
            // InternalShots.g:5146:2: ( RULE_ID )
            // InternalShots.g:5147:3: RULE_ID
            {
             before(grammarAccess.getShotAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__NameAssignment_1"


    // $ANTLR start "rule__Shot__DurationAssignment_2"
    // InternalShots.g:5156:1: rule__Shot__DurationAssignment_2 : ( ruleSeconds ) ;
    public final void rule__Shot__DurationAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5160:1: ( ( ruleSeconds ) )
            // InternalShots.g:5161:2: ( ruleSeconds )
            {
            // InternalShots.g:5161:2: ( ruleSeconds )
            // InternalShots.g:5162:3: ruleSeconds
            {
             before(grammarAccess.getShotAccess().getDurationSecondsParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSeconds();

            state._fsp--;

             after(grammarAccess.getShotAccess().getDurationSecondsParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__DurationAssignment_2"


    // $ANTLR start "rule__Shot__StyleAssignment_3_0_1"
    // InternalShots.g:5171:1: rule__Shot__StyleAssignment_3_0_1 : ( ( RULE_ID ) ) ;
    public final void rule__Shot__StyleAssignment_3_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5175:1: ( ( ( RULE_ID ) ) )
            // InternalShots.g:5176:2: ( ( RULE_ID ) )
            {
            // InternalShots.g:5176:2: ( ( RULE_ID ) )
            // InternalShots.g:5177:3: ( RULE_ID )
            {
             before(grammarAccess.getShotAccess().getStyleStyleCrossReference_3_0_1_0()); 
            // InternalShots.g:5178:3: ( RULE_ID )
            // InternalShots.g:5179:4: RULE_ID
            {
             before(grammarAccess.getShotAccess().getStyleStyleIDTerminalRuleCall_3_0_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getStyleStyleIDTerminalRuleCall_3_0_1_0_1()); 

            }

             after(grammarAccess.getShotAccess().getStyleStyleCrossReference_3_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__StyleAssignment_3_0_1"


    // $ANTLR start "rule__Shot__TakesWantedAssignment_3_1_1"
    // InternalShots.g:5190:1: rule__Shot__TakesWantedAssignment_3_1_1 : ( RULE_INT ) ;
    public final void rule__Shot__TakesWantedAssignment_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5194:1: ( ( RULE_INT ) )
            // InternalShots.g:5195:2: ( RULE_INT )
            {
            // InternalShots.g:5195:2: ( RULE_INT )
            // InternalShots.g:5196:3: RULE_INT
            {
             before(grammarAccess.getShotAccess().getTakesWantedINTTerminalRuleCall_3_1_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getTakesWantedINTTerminalRuleCall_3_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__TakesWantedAssignment_3_1_1"


    // $ANTLR start "rule__Shot__BackendAssignment_3_2_1"
    // InternalShots.g:5205:1: rule__Shot__BackendAssignment_3_2_1 : ( RULE_ID ) ;
    public final void rule__Shot__BackendAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5209:1: ( ( RULE_ID ) )
            // InternalShots.g:5210:2: ( RULE_ID )
            {
            // InternalShots.g:5210:2: ( RULE_ID )
            // InternalShots.g:5211:3: RULE_ID
            {
             before(grammarAccess.getShotAccess().getBackendIDTerminalRuleCall_3_2_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getBackendIDTerminalRuleCall_3_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__BackendAssignment_3_2_1"


    // $ANTLR start "rule__Shot__SeedAssignment_3_3_1"
    // InternalShots.g:5220:1: rule__Shot__SeedAssignment_3_3_1 : ( ruleSeed ) ;
    public final void rule__Shot__SeedAssignment_3_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5224:1: ( ( ruleSeed ) )
            // InternalShots.g:5225:2: ( ruleSeed )
            {
            // InternalShots.g:5225:2: ( ruleSeed )
            // InternalShots.g:5226:3: ruleSeed
            {
             before(grammarAccess.getShotAccess().getSeedSeedParserRuleCall_3_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSeed();

            state._fsp--;

             after(grammarAccess.getShotAccess().getSeedSeedParserRuleCall_3_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__SeedAssignment_3_3_1"


    // $ANTLR start "rule__Shot__ContinuesAssignment_3_4_1"
    // InternalShots.g:5235:1: rule__Shot__ContinuesAssignment_3_4_1 : ( ( RULE_ID ) ) ;
    public final void rule__Shot__ContinuesAssignment_3_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5239:1: ( ( ( RULE_ID ) ) )
            // InternalShots.g:5240:2: ( ( RULE_ID ) )
            {
            // InternalShots.g:5240:2: ( ( RULE_ID ) )
            // InternalShots.g:5241:3: ( RULE_ID )
            {
             before(grammarAccess.getShotAccess().getContinuesShotCrossReference_3_4_1_0()); 
            // InternalShots.g:5242:3: ( RULE_ID )
            // InternalShots.g:5243:4: RULE_ID
            {
             before(grammarAccess.getShotAccess().getContinuesShotIDTerminalRuleCall_3_4_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getContinuesShotIDTerminalRuleCall_3_4_1_0_1()); 

            }

             after(grammarAccess.getShotAccess().getContinuesShotCrossReference_3_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__ContinuesAssignment_3_4_1"


    // $ANTLR start "rule__Shot__CameraAssignment_5_0"
    // InternalShots.g:5254:1: rule__Shot__CameraAssignment_5_0 : ( RULE_CAMERA_MOVE ) ;
    public final void rule__Shot__CameraAssignment_5_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5258:1: ( ( RULE_CAMERA_MOVE ) )
            // InternalShots.g:5259:2: ( RULE_CAMERA_MOVE )
            {
            // InternalShots.g:5259:2: ( RULE_CAMERA_MOVE )
            // InternalShots.g:5260:3: RULE_CAMERA_MOVE
            {
             before(grammarAccess.getShotAccess().getCameraCAMERA_MOVETerminalRuleCall_5_0_0()); 
            match(input,RULE_CAMERA_MOVE,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getCameraCAMERA_MOVETerminalRuleCall_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__CameraAssignment_5_0"


    // $ANTLR start "rule__Shot__ImageInputAssignment_5_1_2"
    // InternalShots.g:5269:1: rule__Shot__ImageInputAssignment_5_1_2 : ( RULE_STRING ) ;
    public final void rule__Shot__ImageInputAssignment_5_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5273:1: ( ( RULE_STRING ) )
            // InternalShots.g:5274:2: ( RULE_STRING )
            {
            // InternalShots.g:5274:2: ( RULE_STRING )
            // InternalShots.g:5275:3: RULE_STRING
            {
             before(grammarAccess.getShotAccess().getImageInputSTRINGTerminalRuleCall_5_1_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getShotAccess().getImageInputSTRINGTerminalRuleCall_5_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__ImageInputAssignment_5_1_2"


    // $ANTLR start "rule__Shot__BeatsAssignment_6"
    // InternalShots.g:5284:1: rule__Shot__BeatsAssignment_6 : ( ruleBeat ) ;
    public final void rule__Shot__BeatsAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5288:1: ( ( ruleBeat ) )
            // InternalShots.g:5289:2: ( ruleBeat )
            {
            // InternalShots.g:5289:2: ( ruleBeat )
            // InternalShots.g:5290:3: ruleBeat
            {
             before(grammarAccess.getShotAccess().getBeatsBeatParserRuleCall_6_0()); 
            pushFollow(FOLLOW_2);
            ruleBeat();

            state._fsp--;

             after(grammarAccess.getShotAccess().getBeatsBeatParserRuleCall_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Shot__BeatsAssignment_6"


    // $ANTLR start "rule__Beat__TimeAssignment_0"
    // InternalShots.g:5299:1: rule__Beat__TimeAssignment_0 : ( ruleSeconds ) ;
    public final void rule__Beat__TimeAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5303:1: ( ( ruleSeconds ) )
            // InternalShots.g:5304:2: ( ruleSeconds )
            {
            // InternalShots.g:5304:2: ( ruleSeconds )
            // InternalShots.g:5305:3: ruleSeconds
            {
             before(grammarAccess.getBeatAccess().getTimeSecondsParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSeconds();

            state._fsp--;

             after(grammarAccess.getBeatAccess().getTimeSecondsParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__TimeAssignment_0"


    // $ANTLR start "rule__Beat__ApproachAssignment_1_0_0_0_0"
    // InternalShots.g:5314:1: rule__Beat__ApproachAssignment_1_0_0_0_0 : ( ruleApproach ) ;
    public final void rule__Beat__ApproachAssignment_1_0_0_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5318:1: ( ( ruleApproach ) )
            // InternalShots.g:5319:2: ( ruleApproach )
            {
            // InternalShots.g:5319:2: ( ruleApproach )
            // InternalShots.g:5320:3: ruleApproach
            {
             before(grammarAccess.getBeatAccess().getApproachApproachEnumRuleCall_1_0_0_0_0_0()); 
            pushFollow(FOLLOW_2);
            ruleApproach();

            state._fsp--;

             after(grammarAccess.getBeatAccess().getApproachApproachEnumRuleCall_1_0_0_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__ApproachAssignment_1_0_0_0_0"


    // $ANTLR start "rule__Beat__ApproachAssignment_1_0_0_0_1_0"
    // InternalShots.g:5329:1: rule__Beat__ApproachAssignment_1_0_0_0_1_0 : ( ruleOutTo ) ;
    public final void rule__Beat__ApproachAssignment_1_0_0_0_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5333:1: ( ( ruleOutTo ) )
            // InternalShots.g:5334:2: ( ruleOutTo )
            {
            // InternalShots.g:5334:2: ( ruleOutTo )
            // InternalShots.g:5335:3: ruleOutTo
            {
             before(grammarAccess.getBeatAccess().getApproachOutToEnumRuleCall_1_0_0_0_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleOutTo();

            state._fsp--;

             after(grammarAccess.getBeatAccess().getApproachOutToEnumRuleCall_1_0_0_0_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__ApproachAssignment_1_0_0_0_1_0"


    // $ANTLR start "rule__Beat__LocationAssignment_1_0_0_1"
    // InternalShots.g:5344:1: rule__Beat__LocationAssignment_1_0_0_1 : ( ( RULE_ID ) ) ;
    public final void rule__Beat__LocationAssignment_1_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5348:1: ( ( ( RULE_ID ) ) )
            // InternalShots.g:5349:2: ( ( RULE_ID ) )
            {
            // InternalShots.g:5349:2: ( ( RULE_ID ) )
            // InternalShots.g:5350:3: ( RULE_ID )
            {
             before(grammarAccess.getBeatAccess().getLocationLocationCrossReference_1_0_0_1_0()); 
            // InternalShots.g:5351:3: ( RULE_ID )
            // InternalShots.g:5352:4: RULE_ID
            {
             before(grammarAccess.getBeatAccess().getLocationLocationIDTerminalRuleCall_1_0_0_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getLocationLocationIDTerminalRuleCall_1_0_0_1_0_1()); 

            }

             after(grammarAccess.getBeatAccess().getLocationLocationCrossReference_1_0_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__LocationAssignment_1_0_0_1"


    // $ANTLR start "rule__Beat__CastAssignment_1_0_0_2_1"
    // InternalShots.g:5363:1: rule__Beat__CastAssignment_1_0_0_2_1 : ( ( RULE_ID ) ) ;
    public final void rule__Beat__CastAssignment_1_0_0_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5367:1: ( ( ( RULE_ID ) ) )
            // InternalShots.g:5368:2: ( ( RULE_ID ) )
            {
            // InternalShots.g:5368:2: ( ( RULE_ID ) )
            // InternalShots.g:5369:3: ( RULE_ID )
            {
             before(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_0_2_1_0()); 
            // InternalShots.g:5370:3: ( RULE_ID )
            // InternalShots.g:5371:4: RULE_ID
            {
             before(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_0_2_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_0_2_1_0_1()); 

            }

             after(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_0_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__CastAssignment_1_0_0_2_1"


    // $ANTLR start "rule__Beat__CastAssignment_1_0_0_2_2_1"
    // InternalShots.g:5382:1: rule__Beat__CastAssignment_1_0_0_2_2_1 : ( ( RULE_ID ) ) ;
    public final void rule__Beat__CastAssignment_1_0_0_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5386:1: ( ( ( RULE_ID ) ) )
            // InternalShots.g:5387:2: ( ( RULE_ID ) )
            {
            // InternalShots.g:5387:2: ( ( RULE_ID ) )
            // InternalShots.g:5388:3: ( RULE_ID )
            {
             before(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_0_2_2_1_0()); 
            // InternalShots.g:5389:3: ( RULE_ID )
            // InternalShots.g:5390:4: RULE_ID
            {
             before(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_0_2_2_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_0_2_2_1_0_1()); 

            }

             after(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_0_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__CastAssignment_1_0_0_2_2_1"


    // $ANTLR start "rule__Beat__CastAssignment_1_0_1_1"
    // InternalShots.g:5401:1: rule__Beat__CastAssignment_1_0_1_1 : ( ( RULE_ID ) ) ;
    public final void rule__Beat__CastAssignment_1_0_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5405:1: ( ( ( RULE_ID ) ) )
            // InternalShots.g:5406:2: ( ( RULE_ID ) )
            {
            // InternalShots.g:5406:2: ( ( RULE_ID ) )
            // InternalShots.g:5407:3: ( RULE_ID )
            {
             before(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_1_1_0()); 
            // InternalShots.g:5408:3: ( RULE_ID )
            // InternalShots.g:5409:4: RULE_ID
            {
             before(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_1_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_1_1_0_1()); 

            }

             after(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__CastAssignment_1_0_1_1"


    // $ANTLR start "rule__Beat__CastAssignment_1_0_1_2_1"
    // InternalShots.g:5420:1: rule__Beat__CastAssignment_1_0_1_2_1 : ( ( RULE_ID ) ) ;
    public final void rule__Beat__CastAssignment_1_0_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5424:1: ( ( ( RULE_ID ) ) )
            // InternalShots.g:5425:2: ( ( RULE_ID ) )
            {
            // InternalShots.g:5425:2: ( ( RULE_ID ) )
            // InternalShots.g:5426:3: ( RULE_ID )
            {
             before(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_1_2_1_0()); 
            // InternalShots.g:5427:3: ( RULE_ID )
            // InternalShots.g:5428:4: RULE_ID
            {
             before(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_1_2_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getCastCharacterIDTerminalRuleCall_1_0_1_2_1_0_1()); 

            }

             after(grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__CastAssignment_1_0_1_2_1"


    // $ANTLR start "rule__Beat__ActionAssignment_2"
    // InternalShots.g:5439:1: rule__Beat__ActionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Beat__ActionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalShots.g:5443:1: ( ( RULE_STRING ) )
            // InternalShots.g:5444:2: ( RULE_STRING )
            {
            // InternalShots.g:5444:2: ( RULE_STRING )
            // InternalShots.g:5445:3: RULE_STRING
            {
             before(grammarAccess.getBeatAccess().getActionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBeatAccess().getActionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Beat__ActionAssignment_2"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000036000200000L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000036000200002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000783000000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000800000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000004000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000008000000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000010000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000020000000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000040000000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000000100L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000000080L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000001000000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000008000800000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000008000000002L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000800400000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000180000800000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000100000000002L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000040000030L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000000038000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000000030L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000E02200000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0001000000000200L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x00100000009C4070L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x00100000001C4072L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x00100000001C4070L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0004000000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0010000000000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0008000000000000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000008000002L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000783000002L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000E02200000002L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0001000000000202L});

}
